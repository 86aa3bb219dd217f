### /myreasons: razones que ella escribe con sus propias palabras un día tranquilo, y que se
### le devuelven durante una ola de ganas, junto a las tarjetas de razones. La tabla es
### reasons_own: «reasons» es de las tarjetas.
###
### Fluent (projectfluent.org): el bot rellena cada { $nombre } (los nombres no se
### traducen); { $situation -> [abuse] … *[other] … } adapta un texto a cómo terminó (unsaid
### usa la variante [abuse] si no tiene una propia); { $count -> [one] … *[other] … } elige
### la forma del plural. Ver el README, «Her language».

## reasons_own

reasons-own-empty =
    { $situation ->
        [abuse]
            En un día tranquilo sabes muy bien por qué te estás protegiendo. Escríbelo con tus propias palabras, razón por razón, y cuando llegue un momento difícil te lo recordaré.

            Solo tú las vas a ver.
       *[other]
            En un día tranquilo sabes muy bien por qué haces esto. Escríbelo con tus propias palabras, razón por razón, y cuando lleguen las ganas te lo recordaré.

            Solo tú las vas a ver.
    }
reasons-own-listing =
    Tus razones, con tus propias palabras ({ $count }):

    { $reasons }

    Cuando lleguen las ganas, te recordaré alguna.
reasons-own-hint = Elige un botón de abajo. Para añadir una razón, toca primero «Escribir una razón».
reasons-own-ask = ¿Por qué elegiste esto? Escribe una razón tal como te gustaría leerla cuando más te cueste.
reasons-own-reask = Solo puedo guardar texto. Escribe tu razón o envía /cancel.
reasons-own-added = Guardada. Ahí queda para los momentos difíciles.
reasons-own-ask-remove = ¿Cuál quito?
reasons-own-removed = Listo, ya no está.
reasons-own-unreadable = (Ahora mismo no puedo abrir esta razón.)
reasons-own-done = Guardado. Aquí estoy cuando me necesites.
reasons-own-playback =
    Con tus propias palabras, en un día más tranquilo:

    «{ $reason }»

## reasons_own.buttons

reasons-own-buttons-add = Escribir una razón
reasons-own-buttons-remove = Quitar una
reasons-own-buttons-done = Listo
