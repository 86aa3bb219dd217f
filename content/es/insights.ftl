### /insights: tres imágenes de su registro y un párrafo para quien prefiere las palabras.
###
### Fluent (projectfluent.org): el bot rellena cada { $nombre } (los nombres no se
### traducen); { $situation -> [abuse] … *[other] … } adapta un texto a cómo terminó (unsaid
### usa la variante [abuse] si no tiene una propia); { $count -> [one] … *[other] … } elige
### la forma del plural. Ver el README, «Her language».

## insights

insights-not-enough =
    Todavía no hay nada que dibujar: las imágenes salen de las ganas que vas registrando.

    La próxima vez que aparezca el tirón, toca «{ $button }» y esperamos a que pase. Después podré mostrarte cuándo suelen llegar las ganas y cuántas veces las dejas pasar.

## insights.calendar

insights-calendar-title = Tus días, mes a mes
insights-calendar-clear = Sin contacto
insights-calendar-contact = Con contacto
insights-calendar-before = Antes de empezar
insights-calendar-urges = Ganas ese día
insights-calendar-caption = Cada cuadrado es un día. El punto crece con las ganas que llegaron ese día.

## insights.week

insights-week-title = A qué hora llegan las ganas
insights-week-scale = Ganas
insights-week-caption = Tu semana, hora a hora. Cuanto más oscuro es el cuadrado, más veces llegaron las ganas a esa hora.

## insights.trend

insights-trend-title = Semana a semana
insights-trend-held = Ganas que dejaste pasar
insights-trend-slipped = Veces que hubo contacto
insights-trend-axis = Cada semana
insights-trend-caption = Cada barra es una semana. Las semanas tranquilas y las más intensas forman parte del camino.

## insights.summary.days
## -- el párrafo -----------------------------------------------------------------------------
## Se arma con una frase de cada grupo de abajo, en este orden; un grupo que no tiene nada
## que decir se omite.

insights-summary-days-none = Tu cuenta empieza hoy.
insights-summary-days-one =
    { $situation ->
        [amicable] Te has dado 1 día de espacio.
       *[other] Llevas 1 día sin contacto.
    }
insights-summary-days-many =
    { $situation ->
        [amicable] Te has dado { unit-days } de espacio.
       *[other] Llevas { unit-days } sin contacto.
    }

## insights.summary.best

insights-summary-best-all = Todos seguidos.
insights-summary-best-one = Tu racha más larga es de 1 día.
insights-summary-best-many = Tu racha más larga es de { unit-best-days }.

## insights.summary.urges

insights-summary-urges-one = Has registrado una ola de ganas conmigo.
insights-summary-urges-one-held = Has registrado una ola de ganas conmigo, y la dejaste pasar.
insights-summary-urges-many = Has registrado { $urges } olas de ganas conmigo.
insights-summary-urges-many-held = Has registrado { $urges } olas de ganas conmigo y dejaste pasar { $held }.
insights-summary-urges-many-all-held = Has registrado { $urges } olas de ganas conmigo y las dejaste pasar todas.

## insights.summary

insights-summary-hardest = Suelen llegar sobre todo { $day } { $hour }, así que es buena idea tener pensado para ese momento algo que te guste.

## insights.summary.cheer

insights-summary-cheer-fresh-start = Hoy la cuenta vuelve a empezar, y cada día que quedó atrás sigue contando.
insights-summary-cheer-all-held = Hasta ahora, todas las olas de ganas han pasado sin que buscaras el contacto. Eso es mérito tuyo, no suerte.
insights-summary-cheer-mostly-held = La mayoría de las veces las ganas pasan y tú sigues en pie. Eso se aprende, y lo estás aprendiendo.
insights-summary-cheer-keep-going = Cada ola que registras te muestra un poco más de cómo funcionan tus ganas. Cuando llegue la próxima, toca el botón.
