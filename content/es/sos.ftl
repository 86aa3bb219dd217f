### La seguridad, en cualquier momento: lo que dice el bot cuando ella puede estar en
### peligro o sin ganas de vivir, /sos, y la pregunta por su país (para que sus líneas sean
### las que funcionan donde está). Son respuestas a lo que acaba de escribir; nada llega sin
### pedirlo.
###
### Fluent (projectfluent.org): el bot rellena cada { $nombre } (los nombres no se
### traducen); { $situation -> [abuse] … *[other] … } adapta un texto a cómo terminó (unsaid
### usa la variante [abuse] si no tiene una propia); { $count -> [one] … *[other] … } elige
### la forma del plural. Ver el README, «Her language».

## sos

sos-danger =
    Te escucho. Tu seguridad va antes que cualquier otra cosa que estuviéramos haciendo.

    { $lines }

    Si está en tu puerta: no abras y no salgas a hablar. Llama a alguien de confianza y dile dónde estás.
sos-despair =
    Gracias por contármelo. No tienes que cargar con esto sola esta noche: habla con alguien ahora. Están ahí justo para esto, a cualquier hora.

    { $lines }

    Soy un bot y no puedo ser esa persona, pero sigo aquí, y aquí estaré cuando cuelgues.
sos-sos =
    No estás exagerando. Aquí tienes quién puede ayudarte:

    { $lines }

    Si aparece: no abras la puerta y no salgas a hablar. Llama a alguien de confianza. Si alguna vez fue violento o te amenazó, llama a emergencias enseguida.
sos-abuse =
    Tu seguridad va primero, antes que todo lo demás que hagamos aquí.

    { $lines }

    Nunca le debes una respuesta, una explicación ni una despedida. Nunca te sugeriré contactarlo. /sos te muestra estas líneas cuando quieras.
sos-unsure = Quiero asegurarme, por si acaso: ¿estás a salvo ahora mismo?
sos-safe-now = Me alegro. Lo que estábamos haciendo sigue donde lo dejamos: sigue cuando quieras, o envía /cancel. /sos te trae estas líneas cuando lo necesites.
sos-shows-up =
    Si aparece:
    • No abras la puerta y no salgas a hablar, por muy tranquilo que parezca.
    • Llama a alguien de confianza y dile dónde estás.
    • Si alguna vez fue violento o te amenazó, llama ya al { $emergency }. No tienes que esperar a que haga algo.
sos-shows-up-elsewhere =
    Si aparece:
    • No abras la puerta y no salgas a hablar, por muy tranquilo que parezca.
    • Llama a alguien de confianza y dile dónde estás.
    • Si alguna vez fue violento o te amenazó, llama ya al número de emergencias de tu país. No tienes que esperar a que haga algo.
sos-country-header = En { $country }:
sos-country-guess = Si estás en { $country }:
sos-emergency = • Si estás en peligro ahora mismo: llama al { $number }
sos-line = • { $name }: { $reach }
sos-elsewhere =
    • Si estás en peligro ahora mismo: llama al número de emergencias de tu país.
    • { $directory } reúne líneas de ayuda gratuitas y confidenciales, país por país: { $url }
sos-more = • { $directory } reúne más líneas de ayuda gratuitas: { $url }
sos-ask-country-guess = Para mostrarte líneas que funcionen donde estás: ¿estás en { $country }?
sos-ask-country = ¿En qué país estás? Escribe su nombre o tócalo abajo. Solo lo uso para mostrarte las líneas correctas.
sos-which-country = ¿Cuál de estos?
sos-country-not-found = No encontré ese país. Prueba con su nombre completo (como «Argentina»).
sos-country-kept = De acuerdo, dejo tu país como estaba.

## sos.buttons

sos-buttons-safe = Ya estoy a salvo
sos-buttons-need-help = No, necesito ayuda
sos-buttons-shows-up = Si aparece
sos-buttons-friend = Que mi persona de confianza me llame
sos-buttons-where = Estoy en otro país
sos-buttons-where-unknown = Muéstrame las líneas de mi país
sos-buttons-yes-country = Sí, así es
sos-buttons-other-country = Otro país
sos-buttons-rather-not-say = Prefiero no decirlo
