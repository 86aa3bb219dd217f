### Cantidades con su unidad, en la forma del plural que toma el número en español («1 día»,
### «21 días»). Los demás mensajes las muestran como { unit-days } y reciben la cantidad ($days).
###
### Fluent (projectfluent.org): el bot rellena cada { $nombre } (los nombres no se
### traducen); { $count -> [one] … *[other] … } elige la forma del plural según las reglas
### de CLDR para el idioma («many» es para los millones: «1 000 000 de días»).

unit-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
unit-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
# Su mejor racha, junto a la cuenta de hoy.
unit-best-days = { $best ->
    [one] { $best } día
   *[other] { $best } días
}
# La racha que un tropiezo acaba de cerrar.
unit-ended-days = { $ended ->
    [one] { $ended } día
   *[other] { $ended } días
}
