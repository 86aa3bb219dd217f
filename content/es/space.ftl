### "Mi espacio": la página que el bot abre dentro de Telegram (una Mini App) con su
### calendario, sus patrones, la lista para cortar el contacto y sus ajustes. Alguien puede
### mirar por encima de su hombro: la página no dice de él más que el chat, y nunca muestra
### un borrador.
###
### Fluent (projectfluent.org): el bot rellena cada { $name } (los nombres, en inglés).

## space

space-title = Mi espacio
# El botón bajo /insights, /cutoff y /settings, y el botón de menú del chat.
space-button = Mi espacio
space-signed-out = Esta página se abre desde el botón «Mi espacio» de tu chat con el bot. Ábrela ahí y aparecerá aquí.
space-failed = No se pudo guardar. Revisa tu conexión e inténtalo otra vez.
space-saved = Guardado
space-loading = Un momento…
space-demo-link = Tu espacio (la página de la Mini App) está en { $url }: ábrela en un navegador de este ordenador.

## space.tabs

space-tabs-days = Días
space-tabs-patterns = Patrones
space-tabs-checklist = Lista
space-tabs-settings = Ajustes

## space.streak

space-streak-current = Días seguidos
space-streak-best = Tu mejor racha
space-streak-total = Días sin contacto en total
space-streak-ridden = Impulsos superados

## space.calendar

space-calendar-title = Tus días, mes a mes
space-calendar-clear = Sin contacto
space-calendar-contact = Contacto
space-calendar-before = Antes de empezar
space-calendar-urges = Impulsos ese día
space-calendar-hint = Toca un día para ver qué surgió y cómo terminó.

## space.day

space-day-none = Nada registrado este día. Un día tranquilo.
space-day-slips =
    { $count ->
        [one] Este día le escribiste una vez. La cuenta empezó de nuevo; tu mejor racha se queda.
       *[other] Este día le escribiste { $count } veces. La cuenta empezó de nuevo; tu mejor racha se queda.
    }
space-day-strength = intensidad { $strength }

## space.kinds

space-kinds-text = Ganas de escribir o llamar
space-kinds-check = Ganas de mirar perfiles
space-kinds-post = Ganas de publicar algo
space-kinds-ask-friends = Ganas de preguntar a otros
space-kinds-reply = Ganas de contestar
space-kinds-go = Ganas de ir a algún sitio

## space.outcomes

space-outcomes-held = Lo superaste
space-outcomes-slipped = Escribiste
space-outcomes-cancelled = Lo dejaste a un lado
space-outcomes-open = Sin cerrar

## space.patterns

space-patterns-week-title = Cuándo llegan los impulsos, en tu hora
space-patterns-week-caption = Tu semana, hora a hora. Cuanto más oscuro el cuadro, más a menudo llegó el impulso a esa hora.
space-patterns-trend-title = Semana a semana
space-patterns-held = Impulsos superados
space-patterns-slipped = Veces que escribiste
space-patterns-trend-caption = Las últimas semanas, una junto a otra. Las semanas bajas y las altas son parte del camino.
space-patterns-empty = Aún no hay nada que dibujar: los gráficos salen de los impulsos que registras con el bot.

## space.checklist

space-checklist-title = Tu lista para cortar el contacto
space-checklist-progress = { $done } de { $total } hechas
space-checklist-open = Pendiente
space-checklist-done = Hecho
space-checklist-not-needed = No hace falta
space-checklist-how = Cómo

## space.settings

space-settings-zone = Tu zona horaria
space-settings-checkin = Hora del mensaje diario
space-settings-quiet = Horas de silencio
space-settings-quiet-none = Ninguna
space-settings-quiet-window = { $start }–{ $end }
space-settings-language = Idioma
space-settings-country = País para tus líneas de ayuda
space-settings-country-unset = Sin elegir
space-settings-country-none = Otro país, o prefiero no decirlo
space-settings-next = Próximo mensaje: { $when }
space-settings-next-none = Ahora mismo no hay ningún mensaje previsto.
