### Las palabras propias del chat de demostración (bot/demo.py): lo que dice la terminal
### alrededor de los mensajes del bot cuando alguien prueba Radio Silence sin token de
### Telegram. Texto plano, sin HTML: nada de esto pasa por Telegram. Cada línea de una nota
### de varias líneas se imprime tras un "· ".
###
### Fluent (projectfluent.org): el bot rellena cada { $nombre } (los nombres no se
### traducen); { $situation -> [abuse] … *[other] … } adapta un texto a cómo terminó (unsaid
### usa la variante [abuse] si no tiene una propia); { $count -> [one] … *[other] … } elige
### la forma del plural. Ver el README, «Her language».

## demo

# El indicador donde escribe.
demo-you = tú
demo-opening =
    Demo de Radio Silence: hablas con el bot aquí mismo, como lo harías en Telegram.
    Escribe para responder. #1 pulsa el botón [1] del mensaje con botones más reciente; #3.2 pulsa el [2] del mensaje 3▸; #k1 pulsa [k1] en el teclado. Un número solo se envía como mensaje.
    :wait 10 adelanta diez minutos, para ver lo que el bot hace más tarde (pruébalo durante /urge). :help lo muestra todo, :quit para salir.
demo-first-launch = El bot ya te ha saludado aquí abajo.
demo-resumed = Hola de nuevo. Tu chat está tal como lo dejaste.
demo-resume-flow = La última vez estábamos en medio de { $flow }. Aquí es donde nos quedamos:
demo-resume-flow-lost = La última vez estábamos en medio de { $flow }. Sigue donde estabas, o envía /cancel para dejarlo.
demo-resume-last = Esto es lo último que dijo el bot:
demo-help =
    cualquier texto   va al bot, también comandos como /urge
    #1, #2, …         pulsa ese botón en el mensaje con botones más reciente
    #3.1              pulsa el botón [1] del mensaje 3▸, cualquier mensaje que aún tenga botones
    #k1               pulsa [k1] en el teclado bajo el campo de escritura
    :wait 10          adelanta 10 minutos (o :wait 2h, :wait 3d)
    :quit             para salir (Ctrl-D también); tu chat se guarda para la próxima vez
    Las fotos y archivos del bot se guardan en { $folder }, y el registro en { $log }.
demo-goodbye = Hasta pronto. Tu chat queda guardado: vuelve a abrir la demo para seguir.
demo-unknown-command = Aquí no hay :{ $name }. :help muestra lo que hay.
demo-wait-usage = Prueba :wait 10 (minutos), :wait 2h o :wait 3d.
demo-wait-unavailable = En esta demo no se puede adelantar el tiempo.
demo-waited = ⏩ { $span } después…
demo-minutes = { $amount ->
    [one] { $amount } minuto
   *[other] { $amount } minutos
}
demo-hours = { $amount ->
    [one] { $amount } hora
   *[other] { $amount } horas
}
demo-days = { $amount ->
    [one] { $amount } día
   *[other] { $amount } días
}
demo-no-buttons = Ahora mismo ningún mensaje muestra botones.
demo-no-such-button = El mensaje { $label }▸ no tiene botón [{ $number }].
demo-no-such-message = No hay ningún mensaje { $label }▸ con botones en pantalla.
demo-buttons-gone = El mensaje { $label }▸ ya no tiene botones.
demo-no-keyboard = Ahora mismo no hay teclado bajo el campo de escritura.
demo-no-such-key = El teclado no tiene botón [k{ $number }].
demo-link = «{ $label }» abre { $url }, en tu navegador y no aquí.
demo-edited = (editado)
demo-deleted-one = (borrado) { $text }
demo-deleted-many = El bot borró { $count } de sus mensajes de este chat.
demo-popup = (aviso) { $text }
demo-alert = (alerta) { $text }
demo-photo = { "[" }foto, { $size }]
demo-photo-unsized = { "[" }foto]
demo-document = { "[" }{ $name }, { $size }]
demo-document-unsized = { "[" }{ $name }]
demo-unnamed-file = archivo
demo-saved = guardado en { $path }
demo-size-bytes = { $amount } B
demo-size-kb = { $amount } KB
demo-size-mb = { $amount } MB

## demo.flows
## En qué estaba, por nombre de conversación, para rellenar {flow} arriba.

demo-flows-setup = configurar todo
demo-flows-urge = unas ganas de escribirle
demo-flows-slip = contarme un desliz
demo-flows-hetexted = qué hacer con su mensaje
demo-flows-draft = escribir un borrador
demo-flows-danger-days = repasar tus fechas difíciles
demo-flows-own-reasons = escribir tus propias razones
demo-flows-other = algo
