### Borradores guardados: lo que ella escribe aquí para él en lugar de enviárselo. El bot lo
### guarda bajo llave, se lo vuelve a enseñar una vez unas horas después y lo lista en
### /drafts. drafts.review.one y drafts.review.many llegan sin que los pida, y la pantalla
### de bloqueo enseña sus tres primeras líneas y sus primeros 150 caracteres: nunca lo
### nombran a él, ni mensajes, ni escribir, ni la ruptura (tampoco «lo que» ni «le»), y
### nunca llevan sus palabras. El bot lo comprueba al arrancar. Sus palabras solo aparecen
### cuando toca «Enséñamelo» (drafts.review.question y drafts.review.draft).
###
### Fluent (projectfluent.org): el bot rellena cada { $nombre } (los nombres no se
### traducen); { $situation -> [abuse] … *[other] … } adapta un texto a cómo terminó (unsaid
### usa la variante [abuse] si no tiene una propia); { $count -> [one] … *[other] … } elige
### la forma del plural. Ver el README, «Her language».

## drafts

drafts-ask =
    { $situation ->
        [abuse] Escríbelo aquí, todo. No llegará a él ni de lejos: yo lo guardo y, dentro de unas horas, te lo vuelvo a enseñar.
       *[other] Escríbelo aquí, como si fuera para él. Todo. No se enviará a ningún sitio: yo lo guardo y, dentro de unas horas, te lo vuelvo a enseñar.
    }
drafts-reask = Solo puedo guardar palabras. Escríbelo, o envía /cancel si prefieres no hacerlo ahora.
drafts-held =
    { $situation ->
        [abuse] Guardado bajo llave, y lejos de él. A las { $time }, cuando hayan pasado unas horas, te lo vuelvo a enseñar y decides qué hacer con él.
       *[other] Guardado bajo llave. No va a leer ni una palabra. A las { $time }, cuando hayan pasado unas horas, te lo vuelvo a enseñar y decides qué hacer con él.
    }
drafts-cancelled = De acuerdo, no guardo nada. Aquí estoy cuando me necesites.
drafts-none =
    { $situation ->
        [abuse] Ahora mismo no tienes nada guardado. Si hay algo que necesitas sacar, envía /draft y escríbelo aquí. Se queda conmigo y no llega a él ni de lejos.
       *[other] Ahora mismo no tienes nada guardado. Cuando sientas el tirón de escribirle, envía /draft y escríbemelo a mí. Lo guardo a salvo y te lo vuelvo a enseñar más tarde.
    }
drafts-list-one = Tienes guardado un mensaje que no enviaste. Así empieza:
drafts-list = Tienes guardados { $count } mensajes que no enviaste. Así empieza cada uno:
drafts-list-more = Estos son los { $shown } más recientes. A medida que sueltes algunos, aparecerán aquí los más antiguos.
drafts-list-item = «{ $words }»
drafts-unreadable = (Ahora mismo no puedo abrir este. Aun así puedes soltarlo.)
drafts-let-go =
    { $situation ->
        [abuse] Soltado, para siempre. No queda aquí ni una palabra. Nunca le debiste nada de esto.
       *[other] Soltado, para siempre. No queda aquí ni una palabra, y él nunca vio nada.
    }
drafts-kept = De acuerdo, lo sigo guardando bajo llave. Con /drafts lo ves cuando quieras volver a mirarlo.
drafts-gone = Ese ya no está aquí.

## drafts.buttons

drafts-buttons-let-go = Soltarlo
drafts-buttons-keep = Seguir guardándolo
drafts-buttons-talk = Hablarlo contigo
drafts-buttons-show = Enséñamelo
drafts-buttons-show-next = Enséñame el siguiente ({ $number } de { $total })

## drafts.review
## A su hora del mensaje diario, cuando ha pasado la noche: un solo mensaje para todos los
## borradores que vuelven.

drafts-review-one =
    Hay algo tuyo que sigue aquí guardado, esperándote.

    Échale un vistazo cuando tengas un minuto tranquilo. No se envía nada, sea cual sea tu decisión.
drafts-review-many =
    Hay { $count } cosas tuyas que siguen aquí guardadas, esperándote.

    Míralas cuando tengas un minuto tranquilo, de una en una. No se envía nada, sea cual sea tu decisión.
# Cuando toca «Enséñamelo», en el mismo mensaje: la pregunta y, después, sus palabras.
drafts-review-place = { $number } de { $total }
drafts-review-question =
    { $situation ->
        [abuse] Esto lo escribiste en un momento difícil. No le debes ni una sola de estas palabras. ¿Qué quieres hacer con ellas?
        [amicable] Esto es lo que querías enviarle hace unas horas. ¿Sigue siendo algo que quieres, o hablaba el momento? Elijas lo que elijas, no se envía nada.
       *[other] Esto es lo que querías enviarle hace unas horas. ¿Todavía quieres? Elijas lo que elijas, no se envía nada.
    }
drafts-review-draft = «{ $draft }»
