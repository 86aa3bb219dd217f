### /export y /forget: sus datos, suyos para llevárselos o borrarlos.
###
### Fluent (projectfluent.org): el bot rellena cada { $nombre } (los nombres no se
### traducen); { $situation -> [abuse] … *[other] … } adapta un texto a cómo terminó (unsaid
### usa la variante [abuse] si no tiene una propia); { $count -> [one] … *[other] … } elige
### la forma del plural. Ver el README, «Her language».

## privacy

privacy-export-caption =
    Todo lo que guardo sobre ti, en un solo archivo, incluidas las palabras que escribiste aquí, ya sin cifrar.

    Guárdalo en un lugar privado. Si alguien más podría mirar tu teléfono, puedes borrar este mensaje cuando hayas guardado el archivo.
privacy-forget-ask =
    Esto borra todo lo que guardo sobre ti:
    • tus respuestas: cómo terminó, tus fechas, tu zona horaria y la hora de tu mensaje diario
    • tu cuenta de días y su historial
    • cada ola de ganas, cada tropiezo y cada nota, y cada palabra que escribiste aquí
    • tus propias razones, tu lista y tus fechas difíciles
    • los mensajes suyos de los que me hablaste
    • cada mensaje y cada recordatorio que tenía previstos

    No se puede deshacer. Si antes quieres una copia, /export te lo envía todo en un archivo.
privacy-forget-confirm = Última comprobación: una vez borrado, no podré recuperar nada. ¿Borro todo?
privacy-forget-expired = Eso fue hace un rato, así que, por seguridad, no he borrado nada. Envía /forget otra vez si todavía quieres hacerlo.
privacy-forgotten =
    Hecho. Todo lo que guardaba sobre ti está borrado, y no vas a recibir nada más de mí.

    El historial de este chat lo guarda Telegram, no yo: puedes borrarlo tú. Si algún día quieres volver, /start empieza de cero, y me alegrará verte.
privacy-kept = No se ha borrado nada. Todo sigue como estaba.

## privacy.buttons

privacy-buttons-forget-continue = Continuar
privacy-buttons-forget-yes = Sí, borrar todo
privacy-buttons-keep = Conservarlo
