### /cutoff: la lista para cortar el contacto, cada canal por el que él podría llegar a ella
### o por el que ella podría vigilarlo, tachado uno a uno.
###
### Fluent (projectfluent.org): el bot rellena cada { $nombre } (los nombres no se
### traducen); { $situation -> [abuse] … *[other] … } adapta un texto a cómo terminó (unsaid
### usa la variante [abuse] si no tiene una propia); { $count -> [one] … *[other] … } elige
### la forma del plural. Ver el README, «Her language».

## cutoff

# El encabezado de la lista, y la línea de debajo cuando ya no queda nada abierto.
cutoff-progress =
    { $situation ->
        [abuse] Tu lista de seguridad: { $done } de { $total } hechos
       *[other] Tu lista: { $done } de { $total } hechos
    }
cutoff-nothing-needed = Tu lista: ahora mismo no hay nada en ella que te toque
cutoff-complete =
    { $situation ->
        [abuse] Todas las puertas están cerradas. Lo hiciste por tu propia seguridad, y cuenta.
       *[other] Todos los canales están cerrados. Eso era lo difícil, y lo hiciste.
    }
cutoff-intro =
    { $situation ->
        [abuse]
            Cada elemento de esta lista cierra un camino más por el que él podría contactarte o vigilarte. Es por tu seguridad, y no le debes ni un aviso ni una explicación.

            Los primeros hacen que tu teléfono y tus cuentas sean solo tuyos. Guarda capturas de pantalla de sus mensajes antes de bloquear nada: podrías necesitarlas como prueba. Después desactiva la ubicación compartida (Encontrar, Google Maps, Snap Map, Life360), cambia cualquier contraseña que él conozca y cierra la sesión en otros dispositivos, y oculta la vista previa de los mensajes en la pantalla de bloqueo.

            Si crees que él rastrea tu teléfono, quitar el rastreador o la aplicación puede alertarlo. Una persona experta en violencia de género puede ayudarte a planear qué paso dar y cuándo:
            { $support }

            Toca un elemento cuando esté hecho. Tócalo otra vez si no va contigo, y una vez más para volver a abrirlo.
            ✅ hecho   ➖ no hace falta   ⬜ sigue abierto
        [cheating]
            Después de una infidelidad, las disculpas y las grandes promesas suelen llegar por el canal que siga abierto. Ciérralos todos y no habrá nada que sopesar.

            Toca un elemento cuando lo hayas bloqueado, dejado de seguir o silenciado. Tócalo otra vez si no va contigo, y una vez más para volver a abrirlo.
            ✅ hecho   ➖ no hace falta   ⬜ sigue abierto
        [amicable]
            Terminó bien, así que no hace falta borrarlo de todas partes. Silenciarlo y dejar de seguirlo un tiempo, sobre todo ahora, ya te da espacio.

            Toca un elemento cuando esté hecho. Tócalo otra vez si prefieres mantenerlo (está bien), y una vez más para volver a abrirlo.
            ✅ hecho   ➖ no hace falta   ⬜ sigue abierto
        [unsaid]
            Cada elemento de esta lista cierra un camino más. Ve a tu ritmo; no le debes una razón a nadie.

            Los primeros hacen que tu teléfono y tus cuentas sean solo tuyos. Guarda capturas de pantalla de lo que quieras conservar antes de bloquear. Después desactiva la ubicación compartida (Encontrar, Google Maps, Snap Map, Life360), cambia cualquier contraseña que él conozca y cierra la sesión en otros dispositivos, y oculta la vista previa de los mensajes en la pantalla de bloqueo.

            Si alguna vez crees que alguien rastrea tu teléfono, quitar el rastreador o la aplicación puede alertar a esa persona. Alguien experto puede ayudarte a planearlo de forma segura:
            { $support }

            Toca un elemento cuando esté hecho. Tócalo otra vez si no va contigo, y una vez más para volver a abrirlo.
            ✅ hecho   ➖ no hace falta   ⬜ sigue abierto
       *[other]
            El contacto cero se sostiene cuando todos los canales se cierran a la vez. El que queda abierto suele ser por donde se cuela.

            Toca un elemento cuando lo hayas bloqueado, dejado de seguir o silenciado. Tócalo otra vez si no va contigo, y una vez más para volver a abrirlo.
            ✅ hecho   ➖ no hace falta   ⬜ sigue abierto
    }
# Después de «Listo».
cutoff-saved = Guardado. Envía /cutoff cuando quieras seguir con el siguiente.
cutoff-saved-complete = Guardado. Todo lo de tu lista está resuelto. Aquí estoy cuando me necesites.
# Unos días después de que abra la lista por primera vez, una sola vez, y solo si queda algo
# abierto. Llega sin pedirlo: la pantalla de bloqueo muestra sus tres primeras líneas y unos
# 150 caracteres, así que ahí no puede hablarse de él, de un ex ni de bloquear, y los
# elementos abiertos (que sí lo hacen) empiezan en la cuarta línea, tras 150 caracteres.
cutoff-reminder =
    { $situation ->
        [abuse]
            Una nota tranquila, solo para ti.

            Nada de esto tiene que hacerse hoy. Da cada paso a tu ritmo, cuando sientas que es seguro.

            Sigue abierto en tu lista, para cuando tengas un momento de calma:
            { $items }
        [amicable]
            Una cosita de hace unos días, para un minuto tranquilo.

            Solo hace falta cerrar los que todavía duelen; marca el resto como «no hace falta».

            Sigue abierto en tu lista, para cuando tengas un momento:
            { $items }
        [unsaid]
            Una nota tranquila, solo para ti.

            Nada de esto tiene que hacerse hoy. Da cada paso a tu ritmo, cuando te parezca bien.

            Sigue abierto en tu lista, para cuando tengas un momento de calma:
            { $items }
       *[other]
            Una cosita de hace unos días, para un minuto tranquilo.

            La lista que empezaste sigue aquí, y no hay ninguna prisa. De uno en uno ya es mucho.

            Sigue abierto en tu lista, para cuando tengas un momento:
            { $items }

            Cerrarlos es lo que hace que el silencio se sostenga.
    }
cutoff-reminder-item = • { $item }
# La etiqueta del botón: una marca de estado y luego el elemento.
cutoff-button = { $mark } { $item }
# En «Cómo hacer cada uno», los enlaces de cada elemento van justo debajo, de dos en dos.
cutoff-how-button = ↳ { $label }
cutoff-how-note = Cada ↳ abre la ayuda de esa aplicación. Vuelve y marca el elemento cuando esté hecho.

## cutoff.marks

cutoff-marks-open = ⬜
cutoff-marks-done = ✅
cutoff-marks-not-needed = ➖

## cutoff.buttons

cutoff-buttons-done = Listo
cutoff-buttons-open = Abrir mi lista
cutoff-buttons-how = ¿Cómo se hace?
cutoff-buttons-hide-how = Ocultar el cómo

## cutoff.items

cutoff-items-number = Su número: llamadas y SMS
cutoff-items-whatsapp = WhatsApp
cutoff-items-telegram = Telegram
cutoff-items-signal = Signal
cutoff-items-imessage = iMessage
cutoff-items-instagram = Instagram
cutoff-items-facebook = Facebook
cutoff-items-tiktok = TikTok
cutoff-items-snapchat = Snapchat
cutoff-items-x = X (Twitter)
cutoff-items-friends = Las cuentas de sus amigos más cercanos
cutoff-items-mutuals = Amistades en común, silenciadas
cutoff-items-photos = Fotos de los dos, archivadas

## cutoff.safety_items
## Seguridad digital: solo en la lista tras el maltrato o si prefiere no decirlo.

cutoff-safety-items-evidence = Capturas guardadas, antes de bloquear
cutoff-safety-items-location = Ubicación compartida desactivada
cutoff-safety-items-accounts = Contraseñas cambiadas, sesiones cerradas
cutoff-safety-items-trackers = Revisado si hay rastreadores (AirTag)
cutoff-safety-items-stalkerware = Teléfono revisado: sin apps espía
cutoff-safety-items-previews = Vista previa oculta en la pantalla de bloqueo
