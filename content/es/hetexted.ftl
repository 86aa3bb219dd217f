### /hetexted: el momento en que llega un mensaje suyo. Después de un maltrato, nada de esto
### puede sonar nunca a un empujón hacia el contacto.
###
### Fluent (projectfluent.org): el bot rellena cada { $nombre } (los nombres no se
### traducen); { $situation -> [abuse] … *[other] … } adapta un texto a cómo terminó (unsaid
### usa la variante [abuse] si no tiene una propia); { $count -> [one] … *[other] … } elige
### la forma del plural. Ver el README, «Her language».

## hetexted

hetexted-button = Me escribió
hetexted-ask-kind =
    { $situation ->
        [abuse]
            Te escribió. No has hecho nada malo, y no tienes que hacer nada ahora. Puedes tomarte todo el tiempo que necesites.

            ¿Qué tipo de mensaje es?
       *[other]
            Te escribió. Recibir un mensaje no es un tropiezo: tú no has hecho nada. Y no tiene que pasar nada ahora mismo.

            ¿Qué tipo de mensaje es?
    }
hetexted-reask-kind = Toca la opción que más se parezca, o escribe su número, del 1 al 5.
hetexted-cancelled = De acuerdo, lo dejamos aquí. No hace falta enviar nada. El botón de abajo está aquí si el tirón aprieta.
hetexted-already-logged = Eso ya quedó anotado. Si vuelve a escribirte, aquí tienes /hetexted.
hetexted-late = Perdona, no estaba aquí cuando terminó la espera.
hetexted-checkback =
    { $situation ->
        [abuse]
            Paso a ver cómo estás. ¿Cómo te sientes ahora?

            Haya pasado algo o no en este rato, aquí no te vas a meter en ningún problema.
       *[other]
            La espera terminó. ¿Cómo estás ahora?

            ¿Al final contestaste? Sea como sea, cuéntamelo, sin juicios.
    }
hetexted-checkback-template =
    La espera terminó. ¿Cómo estás ahora?

    Si la parte práctica de verdad necesita una respuesta, aquí tienes una con nada más que datos. Rellena los corchetes y deja sin contestar todo el resto:

    { $template }

    Cuéntame cómo fue, cuando quieras.
hetexted-template =
    { $situation ->
        [amicable] Gracias por avisarme. Sobre [los niños / el dinero / tus cosas]: [un dato: una fecha, una hora, una cantidad]. Cuídate.
       *[other] Recibido. Sobre [los niños / el dinero / tus cosas]: [un dato: una fecha, una hora, una cantidad]. Eso es todo por mi parte.
    }

## hetexted.kinds

hetexted-kinds-sorry = Me pide perdón
hetexted-kinds-miss-you = Dice que me echa de menos
hetexted-kinds-practical = Hijos, dinero o cosas
hetexted-kinds-angry = Está furioso
hetexted-kinds-hey = Solo un «hola»

## hetexted.read
## Cómo leer este tipo de mensaje: la primera parte del consejo.

hetexted-read-sorry =
    { $situation ->
        [abuse] Una disculpa no deshace lo que hizo, y no te deja en deuda con él. No le debes ni tu perdón ni una respuesta.
        [cheating] Las disculpas después de una infidelidad son de esperar, y cuanto más grandiosas suenan, más cuidadosamente están pensadas para atraerte de vuelta. No le debes ninguna explicación ni ninguna absolución.
        [disrespect] Ya has oído otros «lo siento». ¿Qué pasó después del último?
       *[other] Una disculpa merece una pregunta tranquila: ¿lamenta lo que hizo, o lamenta haberte perdido? ¿Ha cambiado algo de verdad, o solo su ánimo esta noche?
    }
hetexted-read-miss-you =
    { $situation ->
        [abuse] Lo que él siente ya no te toca a ti gestionarlo. No le debes una respuesta, ni un solo pensamiento sobre cómo está.
        [cheating] Está sintiendo el precio de lo que eligió. Eso le toca cargarlo a él, no a ti.
        [amicable] Es natural que un buen final deje algo de cariño. Eso no significa que tengas que recogerlo ahora mismo.
       *[other] Echarte de menos es algo que él siente, no un plan. Enviarlo no le cuesta nada. ¿Qué sería diferente esta vez?
    }
hetexted-read-practical =
    { $situation ->
        [abuse] Los asuntos prácticos son reales, y ninguno tiene que pasar por ti. No le debes ninguna respuesta sobre ellos, nunca.
       *[other] Los asuntos prácticos son reales. Aun así, no necesitan una respuesta en este minuto.
    }
hetexted-read-angry =
    { $situation ->
        [abuse] Un mensaje furioso de alguien que te hizo daño puede dar miedo. Tu seguridad va antes que cualquier otra cosa.
        [unsaid] Un mensaje furioso puede dar miedo. Tu seguridad va antes que cualquier otra cosa, y no tienes que contestarlo.
       *[other] Su rabia es asunto suyo. Un mensaje escrito para provocar solo funciona si consigue una reacción.
    }
hetexted-read-hey =
    { $situation ->
        [abuse] Un «hola» te pide abrir una puerta que cerraste por buenas razones. Se queda cerrada.
        [amicable] Un «hola» después de un buen final puede ser solo eso. Aun así, tú eliges si respondes y cuándo.
       *[other] Un «hola» no cuesta nada. Sirve para comprobar si la puerta sigue abierta, y te deja a ti todo el trabajo.
    }

## hetexted.advice
## Qué hacer. {minutes} es la espera, {time} la hora en que el bot vuelve a escribir, en su hora.

hetexted-advice-none =
    { $situation ->
        [abuse]
            No hay nada que contestar ni nada que explicar. Si algo del mensaje te preocupa, guárdalo tal como está: puede importar más adelante, para tu seguridad o ante la ley. Las personas de arriba están ahí si las necesitas.

            Te escribo a las { $time }. Hasta entonces, el botón de abajo está a un toque.
       *[other]
            Nada de esto necesita respuesta: ni ahora ni más tarde. El silencio es una respuesta completa, y es tuya.

            Si el tirón aprieta, date { unit-minutes } y toca el botón de abajo. Te escribo a las { $time }.
    }
hetexted-advice-not-now =
    { $situation ->
        [disrespect]
            No le contestes ahora. Mira primero el patrón: las promesas, las excusas, los días de calor y los de frío. ¿Es este mensaje distinto de los anteriores, o la siguiente vuelta del mismo círculo?

            Date { unit-minutes }. Te escribo a las { $time }, y el botón de abajo está ahí si el tirón aprieta.
       *[other]
            No le contestes ahora. Date { unit-minutes } y pregúntate qué te daría una respuesta que el silencio no te dé.

            Te escribo a las { $time }. Si el tirón aprieta antes, toca el botón de abajo.
    }
hetexted-advice-third-party =
    { $situation ->
        [abuse]
            Los hijos, el dinero, las pertenencias: nada de eso tiene que pasar por ti. Una abogada o un abogado, el juzgado de familia o un servicio especializado en violencia de género pueden encargarse por ti y mantenerte fuera de su alcance. La mediación no es para esto: después del maltrato, muchos países la prohíben, y nunca tienes que sentarte frente a él. No tienes que resolver nada de esto por tu cuenta.

            Te escribo a las { $time }.
        [unsaid]
            Los hijos, el dinero, las pertenencias: nada de eso tiene que pasar por ti. Una abogada o un abogado, el juzgado de familia o un servicio de apoyo pueden encargarse por ti. Si alguna vez te dio miedo, un servicio especializado en violencia de género también puede ayudarte, y la mediación no es para ti.

            Te escribo a las { $time }.
       *[other]
            Puede que esto sea real, pero no es urgente, y no le debes una conversación sobre ello. Déjalo esperar hasta que estés en calma y, siempre que puedas, que pase por otra persona: un mediador, un abogado, alguien de confianza que pueda hacer de enlace. Solo datos; nada sobre lo que hubo entre los dos.

            Te escribo a las { $time }.
    }
hetexted-advice-template =
    Puede que esto necesite una respuesta en algún momento, pero no desde el primer golpe de emoción. Date { unit-minutes }. A las { $time } te escribo y te doy una respuesta corta que puedes usar si aún quieres: solo datos, nada sobre cómo te sientes.

    Si de verdad es urgente, como la seguridad de un hijo o una hija, haz lo que haga falta. Todo lo demás puede esperar.
hetexted-advice-her-call =
    No tienes que sacarlo de tu vida por completo, y contestarle no está prohibido para ti. Solo que no ahora mismo: date { unit-minutes } y fíjate si contestar es por ti o es solo la nostalgia hablando.

    Te escribo a las { $time }.

## hetexted.buttons

hetexted-buttons-no-reply = No le contesté
hetexted-buttons-practical-reply = Solo envié la respuesta práctica
hetexted-buttons-replied = Le contesté
hetexted-buttons-replied-more = Le contesté más que eso

## hetexted.outcome
## Cómo fue. {safety}, sus líneas de ayuda (solo en maltrato). Sin número de día: el primer
## día de una cuenta, «Día 0» sonaría a fracaso, y un mensaje de él nunca la reinicia.

hetexted-outcome-no-reply =
    { $situation ->
        [abuse] Te mantuviste a salvo, y tu paz contigo.
        [amicable] Primero te diste espacio. Si decides contestar más adelante, será una decisión tranquila, no un reflejo. Tu espacio sigue siendo tuyo.
       *[other] Lo dejaste estar. Eso no es poca cosa: es elegir tu paz por encima de sus tiempos. Tu cuenta sigue, y sigue siendo tuya.
    }
hetexted-outcome-practical-reply = Eso no es un tropiezo: resolviste un asunto práctico con las palabras justas, y nada más. Tu cuenta sigue.
hetexted-outcome-replied =
    { $situation ->
        [abuse]
            Gracias por contármelo. No es culpa tuya: él sabe de dónde tirar. Si algo de lo que dice te hace sentir en peligro:
            { $safety }

            Si quieres anotarlo, tienes /slip, sin juicios.
        [amicable] Gracias por contármelo. En tu caso, el contacto no está prohibido: solo fíjate en cómo te sientes después. Tu cuenta sigue tal como estaba.
       *[other]
            Gracias por contármelo. Pasa, y no borra los días que aguantaste.

            Si se convirtió en una conversación de verdad y quieres empezar la cuenta de nuevo, tienes /slip, sin juicios en ningún caso. Que llegara su mensaje nunca fue el tropiezo.
    }
