### Todo lo que Radio Silence dice en sus conversaciones. Tuteo, español neutro, sin géneros
### para ella cuando se puede evitar.
###
### Fluent (projectfluent.org): el bot rellena cada { $nombre } (los nombres no se
### traducen); { $situation -> [abuse] … *[other] … } adapta un texto a cómo terminó (unsaid
### usa la variante [abuse] si no tiene una propia); { $count -> [one] … *[other] … } elige
### la forma del plural. Ver el README, «Her language».

## language

language-name = Español

## keyboard

keyboard-urge = Quiero escribirle

## commands

commands-urge = Tengo ganas de escribirle: espera conmigo
commands-sos = Ayuda ahora mismo: tus líneas y qué hacer si aparece
commands-streak = Todo lo que llevas recorrido
commands-slip = Cuéntame si hubo un tropiezo
commands-settings = Cambiar tus respuestas
commands-help = Lo que puedo hacer
commands-cancel = Parar lo que estamos haciendo
commands-pause = Pausar el mensaje diario
commands-dangerdays = Fechas difíciles que vigilo contigo
commands-insights = Tus patrones, en imágenes
commands-cutoff = Cerrar cada canal, uno a uno
commands-draft = Escríbelo aquí en lugar de a él
commands-drafts = Lo que escribiste y no enviaste
commands-myreasons = Tus razones, con tus propias palabras
commands-friend = Una amiga o un amigo de confianza, a un toque
commands-hetexted = Me escribió: ¿y ahora qué?
commands-export = Descargar una copia de todo lo que guardo
commands-forget = Borrar todo lo que guardo sobre ti
commands-hide = Vaciar este chat, ahora mismo
commands-resume = Volver a recibir el mensaje diario

## general

general-private-only = Solo hablo de tú a tú. Búscame en un chat privado: lo que me cuentes queda entre tú y yo.
general-edited = Me quedo con lo que enviaste primero. Si quieres que guarde la versión nueva, mándala otra vez como un mensaje nuevo.
general-help =
    Estoy aquí para esos momentos en que quieres buscarlo.

    Toca «{ $button }» (o envía /urge) cuando las ganas aprieten. Les ponemos nombre, esperamos a que pasen, tú y yo, y si quieres me escribes a mí lo que le habrías mandado a él.

    /sos — ayuda ahora mismo: tus líneas y qué hacer si aparece
    /streak — cuántos días llevas manteniendo la distancia
    /slip — si le escribiste o lo buscaste; sin juicios, volvemos a empezar
    /insights — tus días y tus ganas, en imágenes
    /draft — escríbelo aquí en lugar de a él; /drafts — lo que guardaste
    /myreasons — tus razones, con tus propias palabras, para cuando cueste
    /cutoff — cerrar cada canal y tacharlo, uno a uno
    /hide — vaciar este chat al instante, si alguien podría mirar tu teléfono
    /friend — una persona de confianza que recibe un aviso cuando tocas «Necesito a alguien»
    /hetexted — te escribió: qué hacer antes de responder nada
    /export — una copia de todo lo que guardo; /forget — borrarlo todo
    /dangerdays — fechas difíciles que debería conocer
    /pause, /resume — el mensaje diario
    /settings — tu situación, la fecha, tu zona horaria, la hora de mi mensaje
    /cancel — parar lo que estemos haciendo

    Soy una compañía para los momentos difíciles, no una terapia. Si durante un tiempo todo pesa demasiado, una psicóloga o un terapeuta puede ayudarte de formas en que yo no puedo, y pedirlo es un paso valiente.
general-nothing-to-cancel = No hay nada que parar ahora mismo. Aquí estoy cuando me necesites.
general-unknown-command = Ese no lo conozco. Con /help ves lo que puedo hacer.
general-stale-button = Ese momento ya pasó. Envía /urge o toca el botón de abajo cuando me necesites.
# Texto libre fuera de cualquier flujo, respondido según lo que es. {button} es el botón de las ganas.
general-unexpected-text = No sé mantener una conversación, pero estoy aquí para los momentos difíciles. Cuando lleguen las ganas de buscarlo, toca «{ $button }». Si quieres escribirle algo que no vas a enviar, /draft lo guarda a salvo, y /help te enseña el resto.
general-greeting =
    Hola, me alegra que estés aquí.

    /urge — las ganas aprietan: espera conmigo a que pasen
    /streak — cuánto has avanzado
    /draft — escríbemelo a mí en lugar de a él
    /sos — ayuda ahora mismo
    /help — todo lo demás
general-rough-moment = Parece un momento duro. No tienes que explicarme nada. ¿Quieres que te acompañe mientras pasa?
general-emoji-only = Aquí estoy siempre que me necesites. Cuando lleguen las ganas, toca «{ $button }».
general-letter-offer = Es mucho para cargar, y nada de esto ha salido de aquí. ¿Quieres que lo guarde como borrador, bajo llave? Dentro de unas horas te lo enseño otra vez y entonces decides qué merece.
general-letter-dropped = De acuerdo, no lo he guardado. Si hay más, aquí estoy.
general-letter-gone = Ese ya no lo tengo. Envíalo otra vez, o usa /draft, y te lo guardo.
general-unexpected-media = Solo sé leer palabras, pero aquí sigo. Toca el botón de abajo cuando me necesites.
general-error = Algo falló de mi lado. No se ha perdido nada de lo que escribiste: inténtalo de nuevo en un momento.

## general.buttons

general-buttons-rough-moment = Ayúdame a pasarlo
general-buttons-keep-letter = Guárdalo como borrador
general-buttons-drop-letter = No, déjalo ir

## setup

setup-welcome =
    Hola. Soy Radio Silence.

    Estoy aquí para los momentos en que quieras escribirle, mirar su perfil o contestarle. Te hago unas preguntas rápidas para ayudarte como necesitas. Puedes saltarte cualquiera.
setup-welcome-back =
    { $situation ->
        [amicable] Qué bueno verte otra vez. Día { $days } dándote espacio. El botón de abajo está ahí siempre que lo necesites.
       *[other] Qué bueno verte otra vez. Día { $days } manteniendo la distancia. El botón de abajo está ahí siempre que lo necesites.
    }
# El día en que su cuenta (re)empieza: nada de «Día 0», que suena a fracaso.
setup-welcome-back-first =
    { $situation ->
        [amicable] Qué bueno verte otra vez. Hoy empieza un tiempo nuevo de espacio para ti. El botón de abajo está ahí siempre que lo necesites.
       *[other] Qué bueno verte otra vez. Tu cuenta nueva empieza hoy, y me alegra que estés aquí. El botón de abajo está ahí siempre que lo necesites.
    }
setup-ask-situation = ¿Cómo terminó? Esto cambia todo lo que te digo, y queda entre tú y yo.
setup-reask-situation = Elige la que mejor encaje, o toca «Prefiero no decirlo». Puedes cambiarla después en /settings.
setup-situation-saved =
    { $situation ->
        [cheating] Entendido. Después de una infidelidad no le debes ninguna explicación: el silencio ya es la respuesta.
        [disrespect] Entendido. Las promesas rotas y ese ir y venir entre el cariño y la frialdad se van sumando. La distancia es la forma de cortar ese círculo.
        [unsaid] Está bien, de verdad. No tienes que contarme nada. Iré con cuidado, y nada de lo que diga aquí te empujará hacia él.
       *[other] Entendido. Gracias por contármelo.
    }
setup-amicable-note = Entendido. Si terminó bien, no hace falta borrarlo de tu vida. Con menos contacto basta, sobre todo ahora, que todo está reciente. Te ayudo con eso.
setup-ask-contact = ¿Cuándo fue la última vez que tuviste contacto con él? Desde ahí empieza tu racha.
setup-reask-contact = Dime una fecha (como 2026-11-01), un número de días (como 5) o toca un botón.
setup-skip-today = Saltar (contar desde hoy)
setup-contact-saved = Día { $days }, entonces. Cada día a partir de aquí cuenta.
setup-contact-saved-first = Entendido: tu cuenta empieza hoy. Cada día a partir de aquí cuenta.
# La fecha que dio es anterior a un tropiezo que me contó; {date} es el día del tropiezo.
setup-contact-kept-slip = Me contaste un tropiezo el { $date }, así que tu cuenta va desde ese día, y los días que aguantaste antes siguen contando en tu total. Si estuviste en contacto con él después, dime esa fecha más reciente.
setup-ask-zone = ¿Dónde estás? Usaré tu hora local para mis mensajes y para contar los días. Elige una ciudad cercana, escribe el nombre de la tuya o elige por diferencia con UTC.
setup-zone-by-offset = Elegir por diferencia con UTC
setup-skip-zone = Saltar ({ $zone })
setup-ask-offset = ¿Qué diferencia con UTC tienes ahora mismo?
setup-reask-zone = No logré ubicar eso. Prueba con una ciudad (como Madrid o Ciudad de México), una diferencia con UTC (como UTC+2) o toca un botón.
setup-zone-saved = Tu zona horaria es { $zone }. Allí son ahora las { $time }.
setup-zone-saved-offset =
    Tu zona horaria es { $zone }. Allí son ahora las { $time }.

    { $zone } es igual todo el año: no cambia con el horario de verano. Si en tu país se cambia la hora en verano, elige tu ciudad en /settings.
# Escribió una abreviatura que puede ser más de un lugar («IST», «MST»).
setup-zone-which = { $typed } puede ser más de un lugar. ¿Cuál es el tuyo?
setup-ask-ping = ¿A qué hora te escribo cada día? Elige una hora o escríbela (como 08:30).
setup-skip-ping = Saltar (09:00)
setup-reask-ping = Sirve una hora como 08:30 o 21:00, o toca un botón.
setup-ping-saved = Te escribiré a las { $time }, tu hora.
setup-done =
    { $situation ->
        [abuse]
            Todo listo. Día { $days } de tu propia seguridad y tu paz.

            Cuando sientas que algo te empuja hacia él, toca «{ $button }». Primero vamos a cuidarte a ti.
        [amicable]
            Todo listo. Día { $days } dándote espacio.

            En tu caso, reducir el contacto está bien. Si aun así sientes el tirón de escribirle, toca «{ $button }» y vemos si es por ti o por él.
       *[other]
            Todo listo. Día { $days }.

            Cuando lleguen las ganas, toca «{ $button }» aquí abajo. Te ayudo a frenarlas: sin juicios, solo una pausa entre lo que sientes y el botón de enviar.
    }
setup-done-first =
    { $situation ->
        [abuse]
            Todo listo. Tu propia seguridad y tu paz empiezan hoy.

            Cuando sientas que algo te empuja hacia él, toca «{ $button }». Primero vamos a cuidarte a ti.
        [amicable]
            Todo listo. Tu espacio empieza hoy.

            En tu caso, reducir el contacto está bien. Si aun así sientes el tirón de escribirle, toca «{ $button }» y vemos si es por ti o por él.
       *[other]
            Todo listo. Tu cuenta empieza hoy.

            Cuando lleguen las ganas, toca «{ $button }» aquí abajo. Te ayudo a frenarlas: sin juicios, solo una pausa entre lo que sientes y el botón de enviar.
    }
setup-menu =
    Tus respuestas hasta ahora:
    Situación: { $situation_name }
    Último contacto: { $last_contact }
    Zona horaria: { $zone }
    País para las líneas de ayuda: { $country }
    Mensaje diario: { $time }
    Horas de silencio: { $quiet }
    Avisos antes de las horas difíciles: { $nudges }

    ¿Qué quieres cambiar?
setup-settings-done = Guardado. Aquí estoy cuando me necesites.
setup-ask-quiet = ¿Cuándo prefieres que no te escriba? Los avisos de fechas y horas difíciles esperan a que terminen esas horas; el mensaje diario llega a la hora que elegiste.
setup-quiet-none = Sin horas de silencio
setup-ask-language = ¿En qué idioma prefieres que te hable?
setup-language-saved = Hecho: a partir de ahora te hablo en español.
setup-quiet-window = { $start }–{ $end }
setup-on = activados
setup-off = desactivados
setup-cancelled = De acuerdo, lo dejamos aquí. Todo lo que respondiste queda guardado.
setup-country-unset = sin elegir todavía
setup-not-therapy = Una cosa, con honestidad: soy una compañía para los momentos difíciles, no una terapia. Si todo pesa demasiado, una psicóloga o un terapeuta puede ayudarte de formas en que yo no puedo.

## setup.situations

setup-situations-abuse = Me maltrataba
setup-situations-cheating = Me fue infiel
setup-situations-disrespect = Me faltaba al respeto
setup-situations-amicable = Terminamos bien
setup-situations-other = Otra cosa
setup-situations-unsaid = Prefiero no decirlo

## setup.contact_choices

setup-contact-choices-d0 = Hoy
setup-contact-choices-d1 = Ayer
setup-contact-choices-d3 = Hace 3 días
setup-contact-choices-d7 = Hace una semana
setup-contact-choices-d14 = Hace dos semanas
setup-contact-choices-d30 = Hace un mes

## setup.menu_buttons

setup-menu-buttons-situation = Cómo terminó
setup-menu-buttons-contact = Fecha del último contacto
setup-menu-buttons-zone = Zona horaria
setup-menu-buttons-country = País para las líneas de ayuda
setup-menu-buttons-ping = Hora del mensaje diario
setup-menu-buttons-quiet = Horas de silencio
setup-menu-buttons-nudges = Avisos de horas difíciles
setup-menu-buttons-language = Idioma
setup-menu-buttons-done = Listo

## urge

urge-ask-kind =
    { $situation ->
        [abuse] Aquí estoy, y aquí puedes sentir esto sin miedo. Pongámosle nombre antes de que pase nada. ¿Qué tienes ganas de hacer?
       *[other] Aquí estoy. Antes de hacer nada, pongámosle nombre. ¿Qué tienes ganas de hacer?
    }
urge-reask-kind = Toca la opción que más se parezca a lo que sientes, o escribe su número, del 1 al 6.
urge-ask-trigger = ¿Qué lo despertó?
urge-reask-trigger = Toca lo que mejor encaje; «Otra cosa» también vale.
urge-ask-intensity = ¿Con cuánta fuerza lo sientes ahora, del 1 (apenas un cosquilleo) al 10 (estoy a punto de hacerlo)?
urge-reask-intensity = Solo un número del 1 al 10.
urge-delay-intro =
    { $situation ->
        [abuse]
            De acuerdo. Date { unit-minutes }. Sientas lo que sientas, no tienes por qué hacer nada al respecto, y no le debes nada.

            Te vuelvo a escribir a las { $time }. Mientras esperamos, elige algo de abajo, o escríbemelo todo a mí. Aquí se queda, a salvo.
        [amicable]
            De acuerdo. Date { unit-minutes } antes de decidir. En tu caso el contacto no está prohibido, pero asegurémonos de que es algo que quieres y no solo la nostalgia hablando.

            Te vuelvo a escribir a las { $time }. Elige algo de abajo, o escríbemelo primero a mí.
       *[other]
            De acuerdo. Date { unit-minutes } antes de decidir nada. Las ganas suben, llegan a su punto más alto y bajan, y solo tienes que aguantar más que estas.

            Te vuelvo a escribir a las { $time }. Mientras esperamos, elige algo de abajo, o escríbeme a mí lo que le quieres decir a él. Se queda aquí.
    }
urge-card =
    { $title }

    { $text }

    { $closing }
urge-write-invite =
    { $situation ->
        [abuse] Escríbelo todo aquí, sea lo que sea: la rabia, la pena, lo que nunca pudiste decir. No llega a ningún sitio cerca de él. Esto es para ti, no para él.
       *[other] Adelante: escríbemelo como si fuera para él. Todo. No se enviará a ningún sitio.
    }
urge-draft-kept =
    { $situation ->
        [abuse] Guardado aquí, bajo llave, lejos de él. No se ha enviado, y nunca se enviará. ¿Quieres sacar algo más?
       *[other] Guardado aquí, bajo llave. No se ha enviado: no va a leer ni una palabra. ¿Quieres decir algo más?
    }
urge-grounding =
    { $title }

    { $steps }
urge-extended = De acuerdo, { unit-minutes } más. Te escribo a las { $time }.
urge-another-round = Otros { unit-minutes }, entonces. Ya superaste una ola. Te escribo a las { $time }.
urge-checkback = Aquí estoy otra vez, como te dije. ¿Cómo vas ahora?
urge-checkback-now = De acuerdo. ¿Cómo vas ahora?
urge-checkback-late = Perdona, no estaba cuando terminó tu espera. ¿Cómo fue? ¿Cómo vas ahora?
urge-still =
    { $situation ->
        [abuse] Está bien. El tirón puede ser fuerte, y no es culpa tuya. Tu seguridad sigue siendo lo primero. ¿Qué te ayudaría ahora mismo?
       *[other] Está bien. Algunas olas duran más. ¿Qué te ayudaría ahora mismo?
    }
urge-friend-ask = ¿A qué persona podrías llamar ahora mismo? Escribe su nombre.
urge-friend-reask = Con un nombre basta, o toca un botón de arriba.
urge-friend-go = Llama a { $name } ahora. No hace falta que lo expliques todo: con «estoy pasando un mal momento» basta. Aquí estaré después.
# Cuando lo que escribió no es un nombre que pueda repetir («seguramente la del trabajo»).
urge-friend-go-them = Llama a esa persona ahora. No hace falta que lo expliques todo: con «estoy pasando un mal momento» basta. Aquí estaré después.
# «Necesito a alguien» antes de tener una persona de confianza. {lines} son sus líneas de ayuda.
urge-no-friend =
    Aún no has elegido a una persona de confianza, así que nadie ha recibido aviso. ¿Hay alguien a quien puedas llamar ahora mismo: una amiga, tu hermana, alguien que te trate bien?

    Si no puedes localizar a nadie, igualmente puedes hablar con alguien:
    { $lines }

    Mientras tanto, aquí estoy contigo. Si quieres tener a alguien a un toque la próxima vez, prepáralo aquí abajo.
urge-no-friend-safety =
    Tu seguridad es lo primero. Si estás en peligro ahora mismo, llama a emergencias.

    Aún no has elegido a una persona de confianza, así que nadie ha recibido aviso. ¿Hay alguien de confianza a quien puedas llamar ahora mismo?

    Esto también está ahí para ti:
    { $lines }

    Aquí estoy contigo. Puedes elegir a una persona de confianza aquí abajo, para la próxima vez.
urge-held =
    { $situation ->
        [amicable] Aguantaste. Olas de ganas superadas hasta ahora: { $held }. Día { $days } de espacio para ti.
       *[other] Aguantaste. Olas de ganas superadas hasta ahora: { $held }. Día { $days }, y sigue siendo tuyo.
    }
urge-held-first =
    { $situation ->
        [amicable] Aguantaste. Olas de ganas superadas hasta ahora: { $held }. Tu espacio empezó hoy, y es tuyo.
       *[other] Aguantaste. Olas de ganas superadas hasta ahora: { $held }. Tu cuenta nueva empezó hoy, y sigue siendo tuya.
    }
urge-slipped =
    { $situation ->
        [abuse]
            Gracias por contármelo. Esto no es un fracaso, y no es culpa tuya: alejarse de alguien que te hizo daño es difícil. Tu mejor racha sigue en { $best }.

            Si algo que dijo o hizo te hace sentir en peligro:
            { $safety }
        [amicable] Gracias por contármelo. En tu caso, el contacto no es ningún delito: solo fíjate en cómo te sientes después. Tu mejor racha sigue en { $best }, y hoy empezamos una cuenta nueva.
       *[other]
            Gracias por contármelo. Un tropiezo no borra los días que aguantaste: tu mejor racha sigue en { $best }.

            Trátate con cariño esta noche. Mañana vuelve a ser el día uno, y ya sabes que puedes hacerlo.
    }
urge-already-logged = Eso ya quedó anotado. Toca el botón de abajo cuando llegue una ola nueva.
urge-cancelled = De acuerdo, paramos aquí. El botón de abajo está a un toque cuando lo necesites.
urge-delay-hint = Solo puedo guardar palabras: escríbelas aquí o elige algo de abajo. Sigo contigo.
urge-lost-track = Perdí el hilo de esas ganas, lo siento. Toca el botón de abajo y empezamos de nuevo.

## urge.kinds

urge-kinds-text = Escribirle o llamarlo
urge-kinds-check = Mirar sus perfiles
urge-kinds-post = Publicar algo para él
urge-kinds-ask-friends = Preguntar a amigos por él
urge-kinds-reply = Contestar su mensaje
urge-kinds-go = Ir a donde él esté

## urge.triggers

urge-triggers-late-night = Es tarde por la noche
urge-triggers-drinking = Estuve bebiendo
urge-triggers-saw-post = Vi algo que publicó
urge-triggers-lonely = Siento soledad
urge-triggers-special-date = Una fecha importante
urge-triggers-he-reached-out = Él me buscó
urge-triggers-other = Otra cosa

## urge.buttons

urge-buttons-read-card = Recuérdame por qué
urge-buttons-write = Mejor escribirlo aquí
urge-buttons-ground = Ayúdame a calmarme
urge-buttons-extend-5 = +5 minutos
urge-buttons-extend-10 = +10 minutos
urge-buttons-skip = No necesito esperar más
urge-buttons-held = Aguanté
urge-buttons-still = Sigo con ganas
urge-buttons-slipped = Lo hice
urge-buttons-again = Otra ronda
urge-buttons-card = Recuérdame por qué
urge-buttons-friend = Llamar a alguien
urge-buttons-need-someone = Necesito a alguien
urge-buttons-set-up-friend = Elegir a una persona de confianza

## urge.friend_words
## Lo que escribe sobre a quién podría llamar, para que la respuesta diga «Llama a Ana
## ahora» y no «Llama a mi hermana Ana ahora». Palabras separadas por comas, sin importar
## mayúsculas.

# «mi = tu»: la palabra que usa ella y la que usa la respuesta; el primer par va también
# delante de un parentesco escrito solo («mamá» -> «tu mamá»). Un parentesco que pide otro
# lo dice a su lado: «padres = tus» («padres» -> «tus padres»).
urge-friend-words-possessives = mi = tu, mis = tus, nuestra = tu, nuestro = tu, nuestras = tus, nuestros = tus
urge-friend-words-relations = hermana, hermanas = tus, hermano, hermanos = tus, mamá, mama, madre, mami, papá, papa, padre, papi, padres = tus, amiga, amigas = tus, amigo, amigos = tus, mejor, prima, primo, tía, tia, tío, tio, abuela, abuelo, hija, hijo, compañera, compañero, compi, vecina, vecino, terapeuta, psicóloga, psicologa, psicólogo, psicologo, familia
# Lo que dice antes del nombre y se deja fuera: «seguramente Ana», «llamaría a mi madre».
urge-friend-words-fillers = quizá, quizás, quiza, quizas, tal vez, a lo mejor, seguramente, creo que, supongo que, pues, llamaría a, llamaria a, llamaré a, llamare a, llamo a, podría llamar a, podria llamar a, puedo llamar a, a, la, el, eh, em
# Entre nombres: «Ana o Maya», «mamá y papá».
urge-friend-words-joins = y, o, e, u, &
# Respuestas que significan que no hay nadie: recibe sus líneas en vez de «Llama a nadie ahora».
urge-friend-words-nobody = nadie, ninguna, ninguno, no, no sé, no se, ni idea, no lo sé, no lo se, no hay nadie, no tengo a nadie, la verdad que nadie

## streak

streak-summary =
    { $situation ->
        [amicable]
            Día { $days } de espacio.

            Último contacto: { $last_contact }
            Mejor racha: { unit-best-days }
            Días de espacio en total: { $total }
            Olas de ganas que dejaste pasar: { $held }
       *[other]
            Día { $days } sin contacto.

            Último contacto: { $last_contact }
            Mejor racha: { unit-best-days }
            Días sin contacto en total: { $total }
            Olas de ganas que dejaste pasar: { $held }
    }
# El día en que su cuenta (re)empieza, y su primerísimo día, cuando aún no hay historia.
streak-summary-first =
    { $situation ->
        [amicable]
            Hoy empieza un tiempo nuevo de espacio.

            Mejor racha: { unit-best-days }
            Días de espacio en total: { $total }
            Olas de ganas que dejaste pasar: { $held }
       *[other]
            Hoy empieza una cuenta nueva.

            Mejor racha: { unit-best-days }
            Días sin contacto en total: { $total }
            Olas de ganas que dejaste pasar: { $held }
    }
streak-summary-new =
    { $situation ->
        [amicable]
            Tu espacio empieza hoy. Cada día a partir de aquí es uno para ti.

            Olas de ganas que dejaste pasar: { $held }
       *[other]
            Tu cuenta empieza hoy. Cada día a partir de aquí es uno que conservas.

            Olas de ganas que dejaste pasar: { $held }
    }

## slip

slip-ask = Gracias por tu sinceridad. ¿Quieres contarme qué pasó? Es solo para ti; también puedes saltarlo.
slip-reask = Unas pocas palabras bastan, o toca un botón.
slip-not-recorded = De acuerdo, no anoto nada. Tu racha sigue como estaba.
slip-recorded =
    { $situation ->
        [abuse]
            Anotado. Esto no es culpa tuya, y lo que aguantaste, { unit-ended-days }, sigue contando. Tu mejor racha sigue en { $best }.

            Si en algún momento te sientes en peligro:
            { $safety }
        [amicable] Anotado. En tu caso, el contacto puede estar bien: fíjate en cómo te dejó. Tuviste { unit-ended-days } de espacio, y tu mejor racha sigue en { $best }.
       *[other]
            Anotado, con cariño y sin juicios. Aguantaste { unit-ended-days }, y eso sigue contando. Tu mejor racha sigue en { $best }.

            Hoy empieza una cuenta nueva. Ya lo has hecho antes.
    }

## slip.buttons

slip-buttons-skip = Saltar
slip-buttons-undo = En realidad, no pasó nada

## checkin

checkin-ok-reply = Qué bien, me alegro. El botón está aquí por si eso cambia.
checkin-pause-ask = ¿Cuánto tiempo quieres que no te escriba? Puedes usar /resume cuando quieras.
checkin-pause-days = { unit-days }
checkin-pause-range = Puedo pausar el mensaje diario de 1 a { $most } días.
checkin-paused = No te escribiré hasta el { $date }. Todo lo demás funciona como siempre, y con /resume vuelvo antes.
checkin-resumed = Ya estoy de vuelta. Mi próximo mensaje llega a las { $time }, tu hora.
checkin-resumed-not-set-up = El mensaje diario empieza cuando termines /start.

## checkin.buttons

checkin-buttons-ok = Estoy bien
checkin-buttons-hard = Hoy está costando
checkin-buttons-slipped = Tuve un tropiezo

## danger

danger-list =
    Fechas difíciles que vigilo contigo:
    { $days }

    La noche anterior y la mañana de cada una, estaré ahí.
danger-list-empty = Hay fechas que pesan más que otras: su cumpleaños, un aniversario, las fiestas. Dime cuáles y estaré ahí la noche anterior y esa misma mañana.
danger-ask-holiday = ¿Cuál?
danger-reask-holiday = Toca uno de los días de arriba.
danger-ask-date = ¿Cuándo es { $what }? Escribe el día y el mes en números, por ejemplo 14/03.
danger-reask-date = No logré leer eso como una fecha. Prueba con el día y el mes en números, como 14/03 o 14.03.
danger-added = Anotado: { $what }, el { $date }. Estaré ahí.
danger-ask-remove = ¿Cuál dejo de vigilar?
danger-removed = Listo, ya no la vigilo.
danger-done = Todo listo. Aquí estoy cuando me necesites.

## danger.kinds

danger-kinds-birthday = su cumpleaños
danger-kinds-anniversary = tu aniversario
danger-kinds-custom = esa fecha difícil

## danger.buttons

danger-buttons-add-holiday = Añadir una fecha señalada
danger-buttons-add-birthday = Añadir su cumpleaños
danger-buttons-add-anniversary = Añadir nuestro aniversario
danger-buttons-add-custom = Añadir otra fecha
danger-buttons-remove = Quitar una
danger-buttons-done = Listo

## risk

risk-off-done = De acuerdo, no más avisos de ese tipo. Puedes volver a activarlos en /settings.

## risk.buttons

risk-buttons-off = No más avisos así

## hide

hide-cleared = Todo despejado.

## friend

friend-none = Puedes invitar a una persona de confianza. Cuando toques «Necesito a alguien» en un momento difícil, le llegará una sola nota breve: que te vendría bien una llamada ahora. Nada más: ni por qué, ni quién, ni una palabra de lo que escribes aquí.
friend-invite =
    Envía este enlace a esa persona. Cuando lo abra, será tu persona de confianza:
    { $link }

    El enlace sirve una sola vez.
friend-waiting =
    Nadie ha abierto tu invitación todavía. Aquí tienes el enlace otra vez:
    { $link }
friend-connected = Tu persona de confianza está conectada. Cuando toques «Necesito a alguien» durante un impulso, le llegará una nota breve diciendo que te vendría bien una llamada.
friend-removed-her = Hecho. Tu persona de confianza ya no recibirá notas mías.
friend-removed-friend = Has dejado de ser la persona de confianza aquí. Gracias por haber estado.
friend-invite-invalid = Este enlace de invitación ya no está abierto. Pide uno nuevo.
friend-joined-friend =
    Gracias por ser la persona de confianza de alguien.

    Si toca «Necesito a alguien» en un momento difícil, te enviaré una sola nota breve diciendo que le vendría bien una llamada. Es lo único que te enviaré, y nunca contaré por qué. Escribe /leave cuando quieras dejarlo.
friend-joined-her = Tu persona de confianza abrió el enlace. Ya está a un toque cuando la necesites.
friend-left-friend = Hecho. No recibirás más notas mías. Gracias por haber estado.
friend-left-her = Tu persona de confianza ha dado un paso atrás aquí. Puedes invitar a otra persona con /friend cuando quieras.
friend-not-a-friend = No eres la persona de confianza de nadie aquí, así que no hay nada que dejar.
friend-alert = { $name } agradecería que la llamaras ahora mismo.
friend-alert-sent = Le he avisado a tu persona de confianza de que te vendría bien una llamada. Mientras esperas, aquí estoy.
friend-alert-recent = Tu persona de confianza recibió un aviso hace poco. Dale un momento; mientras tanto, aquí estoy.
friend-alert-failed = No he podido avisar a tu persona de confianza ahora. ¿Hay alguien más a quien puedas llamar? Aquí estoy.

## friend.buttons

friend-buttons-invite = Invitar a alguien
friend-buttons-new-link = Crear un enlace nuevo
friend-buttons-cancel-invite = Cancelar la invitación
friend-buttons-remove = Quitar a mi persona de confianza
