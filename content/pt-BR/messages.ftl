### Tudo o que o Radio Silence diz nas conversas. Português do Brasil, com "você"; ela é
### tratada no feminino, o ex é "ele".
###
### Fluent (projectfluent.org): o bot preenche cada { $nome } (os nomes ficam em inglês);
### { $situation -> [abuse] … *[other] … } adapta um texto a como terminou (unsaid usa a
### variante [abuse] se não tiver uma própria); { $count -> [one] … *[other] … } escolhe a
### forma do plural. Veja o README, "Her language".

## language

language-name = Português (Brasil)

## keyboard

keyboard-urge = Quero mandar mensagem pra ele

## commands

commands-urge = A vontade chegou: espere comigo
commands-sos = Ajuda agora: seus contatos de apoio e o que fazer se ele aparecer
commands-streak = O quanto você já caminhou
commands-slip = Me conte se houve um deslize
commands-settings = Mudar suas respostas
commands-help = O que eu posso fazer
commands-cancel = Parar o que estamos fazendo
commands-pause = Pausar a mensagem diária
commands-dangerdays = Datas difíceis que eu acompanho com você
commands-insights = Seus padrões, em imagens
commands-cutoff = Fechar cada canal, um por um
commands-draft = Escreva aqui em vez de escrever pra ele
commands-drafts = O que você escreveu e não mandou
commands-myreasons = Seus motivos, com as suas palavras
commands-hetexted = Ele me escreveu: e agora?
commands-export = Baixar uma cópia de tudo o que eu guardo
commands-forget = Apagar tudo o que eu guardo sobre você
commands-hide = Limpar esta conversa, agora mesmo
commands-friend = Uma pessoa de confiança, a um toque
commands-resume = Voltar a receber a mensagem diária

## general

general-private-only = Eu só converso a sós. Me procure num chat privado: o que você me conta fica entre nós.
general-edited = Eu fico com o que você mandou primeiro. Se quiser que eu guarde a versão nova, é só mandar de novo como uma mensagem nova.
general-help =
    Estou aqui para os momentos em que você quer procurar por ele.

    Toque em "{ $button }" (ou mande /urge) sempre que a vontade apertar. A gente dá um nome a ela, espera passar junto, e você pode escrever para mim o que mandaria para ele.

    /sos — ajuda agora: seus contatos de apoio e o que fazer se ele aparecer
    /streak — há quantos dias você mantém a distância
    /slip — se você o procurou; sem julgamento, a gente recomeça
    /insights — seus dias e suas vontades, em imagens
    /draft — escreva aqui em vez de escrever pra ele; /drafts — o que você guardou
    /myreasons — seus motivos, com as suas palavras, para quando ficar difícil
    /cutoff — cada canal fechado e riscado da lista, um por um
    /hide — limpar esta conversa na hora, se alguém puder olhar seu celular
    /friend — uma pessoa de confiança que recebe um aviso quando você toca em "Preciso de alguém"
    /hetexted — ele te procurou: o que fazer antes de responder qualquer coisa
    /export — uma cópia de tudo o que eu guardo; /forget — apagar tudo
    /dangerdays — datas difíceis que eu deveria conhecer
    /pause, /resume — a mensagem diária
    /settings — sua situação, a data, seu fuso horário, a hora da minha mensagem
    /cancel — parar o que estivermos fazendo

    Sou uma companhia para os momentos difíceis, não uma terapia. Se as coisas ficarem pesadas por um tempo, uma psicóloga ou um terapeuta pode te ajudar de um jeito que eu não consigo, e buscar isso é um gesto de força.
general-nothing-to-cancel = Não tem nada para parar agora. Estou aqui sempre que você precisar.
general-unknown-command = Esse eu não conheço. O /help mostra o que eu posso fazer.
general-stale-button = Esse momento já passou. Mande /urge ou toque no botão aqui embaixo sempre que precisar de mim.
# Texto livre fora de qualquer fluxo, respondido conforme o que é. {button} é o botão da vontade.
general-unexpected-text = Eu não sei manter uma conversa, mas estou aqui para os momentos difíceis. Quando bater a vontade de procurar por ele, toque em "{ $button }". Se quiser escrever algo para ele que você não vai mandar, o /draft guarda em segurança, e o /help mostra o resto.
general-greeting =
    Oi, que bom que você está aqui.

    /urge — a vontade está forte: espere comigo até passar
    /streak — o quanto você já caminhou
    /draft — escreva para mim em vez de escrever pra ele
    /sos — ajuda agora
    /help — todo o resto
general-rough-moment = Parece um momento difícil. Você não precisa explicar nada. Quer passar por isso junto comigo?
general-emoji-only = Estou aqui sempre que você precisar. Quando a vontade vier, toque em "{ $button }".
general-letter-offer = É muita coisa para carregar, e nada disso saiu daqui. Quer que eu guarde como rascunho, trancado? Daqui a algumas horas eu te mostro de novo, e aí você decide o que isso merece.
general-letter-dropped = Tudo bem, não guardei. Se tiver mais, estou aqui.
general-letter-gone = Esse eu não tenho mais. Mande de novo, ou use o /draft, que eu guardo para você.
general-unexpected-media = Eu só consigo ler palavras, mas estou bem aqui. Toque no botão aqui embaixo quando precisar de mim.
general-error = Algo deu errado do meu lado. Nada do que você escreveu se perdeu: tente de novo daqui a pouco.

## general.buttons

general-buttons-rough-moment = Me ajude a passar por isso
general-buttons-keep-letter = Guardar como rascunho
general-buttons-drop-letter = Não, deixa pra lá

## setup

setup-welcome =
    Oi. Eu sou o Radio Silence.

    Estou aqui para os momentos em que você quer mandar mensagem pra ele, olhar o perfil dele ou responder. Vou fazer algumas perguntas rápidas para ajudar do jeito certo. Você pode pular qualquer uma.
setup-welcome-back =
    { $situation ->
        [amicable] Que bom te ver de novo. Dia { $days } dando espaço a você mesma. O botão aqui embaixo está aí sempre que você precisar.
       *[other] Que bom te ver de novo. Dia { $days } mantendo a distância. O botão aqui embaixo está aí sempre que você precisar.
    }
# No dia em que a contagem (re)começa: nada de "Dia 0", que soa como fracasso.
setup-welcome-back-first =
    { $situation ->
        [amicable] Que bom te ver de novo. Hoje começa um novo tempo de espaço para você. O botão aqui embaixo está aí sempre que você precisar.
       *[other] Que bom te ver de novo. Sua nova contagem começa hoje, e fico feliz que você esteja aqui. O botão aqui embaixo está aí sempre que você precisar.
    }
setup-ask-situation = Como terminou? Isso muda tudo o que eu digo, e fica só entre nós.
setup-reask-situation = Escolha a opção que mais combina, ou toque em "Prefiro não dizer". Você pode mudar depois em /settings.
setup-situation-saved =
    { $situation ->
        [cheating] Entendi. Depois de uma traição, você não deve nenhuma explicação a ele: o silêncio já é a resposta.
        [disrespect] Entendi. Promessas quebradas e esse vaivém entre carinho e frieza vão se acumulando. A distância é o jeito de sair desse ciclo.
        [unsaid] Tudo bem, de verdade. Você não precisa me contar nada. Vou pelo caminho mais cuidadoso, e nada aqui vai te empurrar na direção dele.
       *[other] Entendi. Obrigado por me contar.
    }
setup-amicable-note = Entendi. Quando terminou bem, você não precisa apagá-lo da sua vida. Menos contato, principalmente agora, enquanto tudo ainda está recente, já basta. Eu te ajudo com isso.
setup-ask-contact = Quando foi a última vez que você teve contato com ele? É dali que a sua sequência começa.
setup-reask-contact = Me diga uma data (como 2026-11-01), um número de dias (como 5), ou toque num botão.
setup-skip-today = Pular (contar a partir de hoje)
setup-contact-saved = Dia { $days }, então. Cada dia daqui em diante conta.
setup-contact-saved-first = Entendi: sua contagem começa hoje. Cada dia daqui em diante conta.
# A data que ela deu é anterior a um deslize que ela contou; {date} é o dia do deslize.
setup-contact-kept-slip = Você me contou de um deslize em { $date }, então sua contagem vai a partir desse dia, e os dias que você aguentou antes continuam no seu total. Se você teve contato com ele depois disso, me diga essa data mais recente.
setup-ask-zone = Onde você está? Vou usar o seu horário local para as mensagens diárias e para contar os dias. Escolha uma cidade perto de você, digite o nome da sua ou escolha pela diferença em relação ao UTC.
setup-zone-by-offset = Escolher pela diferença com o UTC
setup-skip-zone = Pular ({ $zone })
setup-ask-offset = Qual é a sua diferença em relação ao UTC agora?
setup-reask-zone = Não consegui encontrar esse lugar. Tente uma cidade (como São Paulo ou Lisboa), uma diferença com o UTC (como UTC-3) ou toque num botão.
setup-zone-saved = Seu fuso horário é { $zone }. Horário aí agora: { $time }.
setup-zone-saved-offset =
    Seu fuso horário é { $zone }. Horário aí agora: { $time }.

    { $zone } é o mesmo o ano todo: nunca muda com o horário de verão. Se os relógios mudam no verão onde você mora, escolha sua cidade em /settings.
# Ela digitou uma sigla que pode ser mais de um lugar ("IST", "MST").
setup-zone-which = { $typed } pode ser mais de um lugar. Qual é o seu?
setup-ask-ping = Que horas eu te mando a mensagem de cada dia? Escolha um horário ou digite um (como 08:30).
setup-skip-ping = Pular (09:00)
setup-reask-ping = Um horário como 08:30 ou 21:00 funciona, ou toque num botão.
setup-ping-saved = Vou te mandar a mensagem às { $time }, no seu horário.
setup-done =
    { $situation ->
        [abuse]
            Tudo pronto. Dia { $days } da sua segurança e da sua paz.

            Quando sentir que algo te puxa na direção dele, toque em "{ $button }". Primeiro a gente cuida de você.
        [amicable]
            Tudo pronto. Dia { $days } dando espaço a você mesma.

            No seu caso, diminuir o contato já está bom. Se mesmo assim bater a vontade de procurar por ele, toque em "{ $button }" e a gente vê se é por você ou por ele.
       *[other]
            Tudo pronto. Dia { $days }.

            Quando a vontade vier, toque em "{ $button }" aqui embaixo. A gente desacelera junto: sem julgamento, só uma pausa entre o que você sente e o botão de enviar.
    }
setup-done-first =
    { $situation ->
        [abuse]
            Tudo pronto. Sua segurança e sua paz começam hoje.

            Quando sentir que algo te puxa na direção dele, toque em "{ $button }". Primeiro a gente cuida de você.
        [amicable]
            Tudo pronto. Seu espaço começa hoje.

            No seu caso, diminuir o contato já está bom. Se mesmo assim bater a vontade de procurar por ele, toque em "{ $button }" e a gente vê se é por você ou por ele.
       *[other]
            Tudo pronto. Sua contagem começa hoje.

            Quando a vontade vier, toque em "{ $button }" aqui embaixo. A gente desacelera junto: sem julgamento, só uma pausa entre o que você sente e o botão de enviar.
    }
setup-menu =
    Suas respostas até agora:
    Situação: { $situation_name }
    Último contato: { $last_contact }
    Fuso horário: { $zone }
    País dos contatos de apoio: { $country }
    Mensagem diária: { $time }
    Horário de silêncio: { $quiet }
    Avisos antes dos horários difíceis: { $nudges }

    O que você quer mudar?
setup-settings-done = Salvo. Estou aqui sempre que você precisar.
setup-ask-quiet = Quando eu devo ficar em silêncio? Os lembretes de datas e horários difíceis esperam esse horário acabar; a mensagem diária chega na hora que você escolheu.
setup-quiet-none = Sem horário de silêncio
setup-ask-language = Em que idioma você quer que eu fale?
setup-language-saved = Pronto: daqui em diante eu falo em português.
setup-quiet-window = { $start }–{ $end }
setup-on = ligados
setup-off = desligados
setup-cancelled = Tudo bem, vamos parar por aqui. Tudo o que você respondeu fica guardado.
setup-country-unset = ainda não escolhido
setup-not-therapy = Uma coisa, com sinceridade: sou uma companhia para os momentos difíceis, não uma terapia. Se ficar pesado demais, uma psicóloga ou um terapeuta pode te ajudar de um jeito que eu não consigo.

## setup.situations

setup-situations-abuse = Ele era abusivo
setup-situations-cheating = Ele me traiu
setup-situations-disrespect = Ele vivia me desrespeitando
setup-situations-amicable = Terminamos numa boa
setup-situations-other = Outra coisa
setup-situations-unsaid = Prefiro não dizer

## setup.contact_choices

setup-contact-choices-d0 = Hoje
setup-contact-choices-d1 = Ontem
setup-contact-choices-d3 = Há 3 dias
setup-contact-choices-d7 = Há uma semana
setup-contact-choices-d14 = Há duas semanas
setup-contact-choices-d30 = Há um mês

## setup.menu_buttons

setup-menu-buttons-situation = Como terminou
setup-menu-buttons-contact = Data do último contato
setup-menu-buttons-zone = Fuso horário
setup-menu-buttons-country = País dos contatos de apoio
setup-menu-buttons-ping = Hora da mensagem diária
setup-menu-buttons-quiet = Horário de silêncio
setup-menu-buttons-nudges = Avisos dos horários difíceis
setup-menu-buttons-language = Idioma
setup-menu-buttons-done = Pronto

## urge

urge-ask-kind =
    { $situation ->
        [abuse] Estou aqui, e aqui você pode sentir isso em segurança. Vamos dar um nome a isso antes que qualquer coisa aconteça. O que você tem vontade de fazer?
       *[other] Estou aqui. Antes de fazer qualquer coisa, vamos dar um nome a isso. O que você tem vontade de fazer?
    }
urge-reask-kind = Toque na opção mais parecida, ou diga numa palavra: mensagem, olhar, postar, perguntar, responder, ir lá.
urge-ask-trigger = O que despertou isso?
urge-reask-trigger = Toque no que mais combina; "Outra coisa" também vale.
urge-ask-intensity = Qual a força disso agora, de 1 (só uma faísca) a 10 (estou quase fazendo)?
urge-reask-intensity = Só um número de 1 a 10.
urge-delay-intro =
    { $situation ->
        [abuse]
            Tudo bem. Vamos esperar { unit-minutes }. O que quer que você sinta, você não precisa agir por causa disso, e não deve nada a ele.

            Eu volto a falar com você às { $time }. Enquanto a gente espera, escolha algo aqui embaixo, ou escreva tudo para mim. Fica aqui, em segurança.
        [amicable]
            Tudo bem. Vamos esperar { unit-minutes } antes de você decidir. No seu caso, o contato não é proibido, mas vamos ter certeza de que é algo que você quer, e não só a saudade falando.

            Eu volto a falar com você às { $time }. Escolha algo aqui embaixo, ou escreva para mim primeiro.
       *[other]
            Tudo bem. Vamos esperar { unit-minutes } antes de você decidir qualquer coisa. A vontade sobe, chega no auge e passa, e você só precisa aguentar mais do que esta.

            Eu volto a falar com você às { $time }. Enquanto a gente espera, escolha algo aqui embaixo, ou simplesmente escreva para mim o que você quer dizer a ele. Fica aqui.
    }
urge-card =
    { $title }

    { $text }

    { $closing }
urge-write-invite =
    { $situation ->
        [abuse] Escreva tudo aqui, seja o que for: a raiva, a tristeza, o que você nunca conseguiu dizer. Isso não chega nem perto dele. É para você, não para ele.
       *[other] Pode escrever para mim como se fosse para ele. Tudo. Não vai ser enviado para lugar nenhum.
    }
urge-draft-kept =
    { $situation ->
        [abuse] Guardado aqui, trancado, longe dele. Não foi enviado, e nunca vai ser. Tem mais alguma coisa que você quer botar pra fora?
       *[other] Guardado aqui, trancado. Não foi enviado: ele não vai ler nem uma palavra. Tem mais alguma coisa que você quer dizer?
    }
urge-grounding =
    { $title }

    { $steps }
urge-extended =
    Tudo bem, { $minutes ->
        [one] mais um minuto
       *[other] mais { $minutes } minutos
    }. Eu volto às { $time }.
urge-another-round = Mais { unit-minutes }, então. Você já atravessou uma onda. Eu volto às { $time }.
urge-checkback = Voltei, como prometi. E agora, como você está?
urge-checkback-now = Tudo bem. E agora, como você está?
urge-checkback-late = Me desculpe, eu não estava aqui quando a sua espera acabou. Como foi? E agora, como você está?
urge-still =
    { $situation ->
        [abuse] Tudo bem. A vontade pode ser forte, e a culpa não é sua. Sua segurança continua em primeiro lugar. O que te ajudaria agora?
       *[other] Tudo bem. Algumas ondas duram mais. O que te ajudaria agora?
    }
urge-friend-ask = Quem é uma pessoa para quem você poderia ligar agora? Digite o nome dela.
urge-friend-reask = Só o nome já basta, ou toque num botão ali em cima.
urge-friend-go = Ligue para { $name } agora. Você não precisa explicar tudo: "estou num momento difícil" já basta. Eu vou estar aqui depois.
# Quando o que ela digitou não é um nome que eu possa repetir ("acho que a do trabalho").
urge-friend-go-them = Ligue para essa pessoa agora. Você não precisa explicar tudo: "estou num momento difícil" já basta. Eu vou estar aqui depois.
# "Preciso de alguém" antes de ela ter uma pessoa de confiança. {lines} são os contatos de apoio dela.
urge-no-friend =
    Você ainda não escolheu uma pessoa de confiança, então ninguém foi avisado. Tem alguém para quem você poderia ligar agora: uma amiga, sua irmã, qualquer pessoa que te trate bem?

    Se não conseguir falar com ninguém, ainda assim você pode conversar com alguém:
    { $lines }

    Enquanto isso, estou aqui com você. Se quiser ter alguém a um toque da próxima vez, configure aqui embaixo.
urge-no-friend-safety =
    Sua segurança vem primeiro. Se você está em perigo agora, ligue para a emergência.

    Você ainda não escolheu uma pessoa de confiança, então ninguém foi avisado. Tem alguém em quem você confia para quem poderia ligar agora?

    Estes contatos também estão aí para você:
    { $lines }

    Estou aqui com você. Você pode escolher uma pessoa de confiança aqui embaixo, para a próxima vez.
urge-held =
    { $situation ->
        [amicable] Você aguentou. Vontades que você deixou passar até agora: { $held }. Dia { $days } de espaço para você.
       *[other] Você aguentou. Vontades que você deixou passar até agora: { $held }. Dia { $days }, e continua sendo seu.
    }
urge-held-first =
    { $situation ->
        [amicable] Você aguentou. Vontades que você deixou passar até agora: { $held }. Seu espaço começou hoje, e é seu.
       *[other] Você aguentou. Vontades que você deixou passar até agora: { $held }. Sua nova contagem começou hoje, e continua sendo sua.
    }
urge-slipped =
    { $situation ->
        [abuse]
            Obrigado por me contar. Isso não é um fracasso, e a culpa não é sua: se afastar de alguém que te machucou é difícil. Sua melhor sequência continua em { $best }.

            Se algo que ele disse ou fez faz você se sentir em perigo:
            { $safety }
        [amicable] Obrigado por me contar. No seu caso, contato não é nenhum crime: só repare em como você se sente depois. Sua melhor sequência continua em { $best }, e hoje a gente começa uma nova contagem.
       *[other]
            Obrigado por me contar. Um deslize não apaga os dias que você aguentou: sua melhor sequência continua em { $best }.

            Seja gentil com você esta noite. Amanhã é o dia um de novo, e você já sabe que consegue.
    }
urge-already-logged = Essa já está anotada. Toque no botão aqui embaixo quando vier uma nova.
urge-cancelled = Tudo bem, paramos por aqui. O botão aqui embaixo está a um toque sempre que você precisar.
urge-delay-hint = Eu só consigo guardar palavras: escreva aqui, ou escolha algo aqui embaixo. Continuo com você.
urge-lost-track = Perdi o fio dessa vontade, me desculpe. Toque no botão aqui embaixo e a gente começa de novo.

## urge.kinds

urge-kinds-text = Mandar mensagem ou ligar pra ele
urge-kinds-check = Olhar os perfis dele
urge-kinds-post = Postar algo para ele ver
urge-kinds-ask-friends = Perguntar sobre ele aos amigos
urge-kinds-reply = Responder a mensagem dele
urge-kinds-go = Ir aonde ele vai estar

## urge.triggers

urge-triggers-late-night = É tarde da noite
urge-triggers-drinking = Eu bebi
urge-triggers-saw-post = Vi um post dele
urge-triggers-lonely = Estou me sentindo sozinha
urge-triggers-special-date = Uma data importante
urge-triggers-he-reached-out = Ele me procurou
urge-triggers-other = Outra coisa

## urge.buttons

urge-buttons-read-card = Me lembra por quê
urge-buttons-write = Escrever aqui em vez disso
urge-buttons-ground = Me ajude a me acalmar
urge-buttons-extend-5 = +5 minutos
urge-buttons-extend-10 = +10 minutos
urge-buttons-skip = Já estou pronta
urge-buttons-held = Eu aguentei
urge-buttons-still = Ainda quero
urge-buttons-slipped = Acabei fazendo
urge-buttons-again = Mais uma rodada
urge-buttons-card = Me lembra por quê
urge-buttons-friend = Ligar para alguém
urge-buttons-need-someone = Preciso de alguém
urge-buttons-set-up-friend = Escolher uma pessoa de confiança

## urge.friend_words
## O que ela digita sobre para quem poderia ligar, para a resposta dizer "Ligue para Ana
## agora", e não "Ligue para minha irmã Ana agora". Palavras separadas por vírgulas, sem
## diferença entre maiúsculas e minúsculas.

# "minha = sua": a palavra que ela usa e a que a resposta usa; o primeiro par também vai
# antes de um parentesco digitado sozinho ("mãe" -> "sua mãe"). Um parentesco que pede
# outro o diz ao lado: "pai = seu" ("pai" -> "seu pai").
urge-friend-words-possessives = minha = sua, meu = seu, minhas = suas, meus = seus, nossa = sua, nosso = seu, nossas = suas, nossos = seus
urge-friend-words-relations = irmã, irma, irmãs = suas, irmas = suas, irmão = seu, irmao = seu, irmãos = seus, irmaos = seus, mãe, mae, mamãe, mamae, mainha, pai = seu, papai = seu, painho = seu, pais = seus, amiga, amigas = suas, amigo = seu, amigos = seus, melhor, bff, prima, primo = seu, tia, tio = seu, avó, avo, vó, vo, vovó, vovo, avô = seu, vô = seu, vovô = seu, filha, filho = seu, colega, vizinha, vizinho = seu, terapeuta, psicóloga, psicologa, psicólogo = seu, psicologo = seu, madrinha, padrinho = seu, família, familia
# O que ela diz antes do nome e fica de fora: "talvez a Ana", "eu ligaria pra minha mãe".
urge-friend-words-fillers = talvez, provavelmente, acho que, eu acho, sei lá, eu ligaria pra, eu ligaria para, ligaria pra, ligaria para, eu ligo pra, eu ligo para, ligo pra, ligo para, poderia ligar pra, poderia ligar para, posso ligar pra, posso ligar para, pra, para, a, o, só, é, hum, ah, ué
# Entre nomes: "Ana ou Maya", "mãe e pai".
urge-friend-words-joins = e, ou, &
# Respostas que querem dizer que não há ninguém: ela recebe os contatos de apoio em vez de "Ligue para ninguém agora".
urge-friend-words-nobody = ninguém, ninguem, nenhuma, nenhum, não, nao, não sei, nao sei, sei lá, sei la, não faço ideia, nao faco ideia, não tem ninguém, nao tem ninguem, não tenho ninguém, nao tenho ninguem, ninguém mesmo

## streak

streak-summary =
    { $situation ->
        [amicable]
            Dia { $days } de espaço.

            Último contato: { $last_contact }
            Melhor período: { unit-best-days }
            Dias de espaço no total: { $total }
            Vontades que você deixou passar: { $held }
       *[other]
            Dia { $days } sem contato.

            Último contato: { $last_contact }
            Melhor sequência: { unit-best-days }
            Dias sem contato no total: { $total }
            Vontades que você deixou passar: { $held }
    }
# No dia em que a contagem (re)começa, e no primeiríssimo dia, quando ainda não há história.
streak-summary-first =
    { $situation ->
        [amicable]
            Hoje começa um novo tempo de espaço.

            Melhor período: { unit-best-days }
            Dias de espaço no total: { $total }
            Vontades que você deixou passar: { $held }
       *[other]
            Hoje começa uma nova contagem.

            Melhor sequência: { unit-best-days }
            Dias sem contato no total: { $total }
            Vontades que você deixou passar: { $held }
    }
streak-summary-new =
    { $situation ->
        [amicable]
            Seu espaço começa hoje. Cada dia daqui em diante é um dia para você.

            Vontades que você deixou passar: { $held }
       *[other]
            Sua contagem começa hoje. Cada dia daqui em diante é um dia que você guarda.

            Vontades que você deixou passar: { $held }
    }

## slip

slip-ask = Obrigado por ser sincera comigo. Quer me contar o que aconteceu? É só para você; ou pode pular.
slip-reask = Poucas palavras já bastam, ou toque num botão.
slip-not-recorded = Tudo bem, não anotei nada. Sua sequência continua como estava.
slip-recorded =
    { $situation ->
        [abuse]
            Anotado. A culpa não é sua, e o que você aguentou, { unit-ended-days }, continua contando. Sua melhor sequência continua em { $best }.

            Se em algum momento você não se sentir segura:
            { $safety }
        [amicable] Anotado. No seu caso, o contato pode estar tudo bem: repare em como ele te deixou. Você teve { unit-ended-days } de espaço, e o seu melhor continua em { $best }.
       *[other]
            Anotado, com carinho e sem julgamento. Você aguentou { unit-ended-days }, e isso continua contando. Sua melhor sequência continua em { $best }.

            Hoje começa uma nova contagem. Você já fez isso antes.
    }

## slip.buttons

slip-buttons-skip = Pular
slip-buttons-undo = Na verdade, não aconteceu nada

## checkin

checkin-ok-reply = Que bom. Fico feliz. O botão está aqui se isso mudar.
checkin-pause-ask = Por quanto tempo eu fico em silêncio? Você pode usar /resume quando quiser.
checkin-pause-days = { unit-days }
checkin-pause-range = Posso pausar a mensagem diária de 1 a { $most } dias.
checkin-paused = Fico em silêncio até { $date }. Todo o resto funciona como sempre, e com /resume eu volto antes.
checkin-resumed = Voltei. A próxima mensagem chega às { $time }, no seu horário.
checkin-resumed-not-set-up = A mensagem diária começa quando você terminar o /start.

## checkin.buttons

checkin-buttons-ok = Estou bem
checkin-buttons-hard = Hoje está difícil
checkin-buttons-slipped = Tive um deslize

## danger

danger-list =
    Datas difíceis que eu acompanho com você:
    { $days }

    Na noite anterior e na manhã de cada uma, vou estar aqui.
danger-list-empty = Algumas datas pesam mais que outras: o aniversário dele, um aniversário de namoro, as festas de fim de ano. Me diga quais, e eu vou estar aqui na noite anterior e na manhã do dia.
danger-ask-holiday = Qual delas?
danger-reask-holiday = Toque em uma das datas ali em cima.
danger-ask-date = Quando é { $what }? Escreva o dia e o mês em números, por exemplo 14/03.
danger-reask-date = Não consegui entender isso como uma data. Tente o dia e o mês em números, como 14/03 ou 14.03.
danger-added = Anotado: { $what }, { $date }. Vou estar aqui.
danger-ask-remove = Qual eu paro de acompanhar?
danger-removed = Removida.
danger-done = Tudo certo. Estou aqui sempre que você precisar.

## danger.kinds

danger-kinds-birthday = o aniversário dele
danger-kinds-anniversary = o aniversário de vocês
danger-kinds-custom = uma data que vai ser difícil

## danger.buttons

danger-buttons-add-holiday = Adicionar uma data comemorativa
danger-buttons-add-birthday = Adicionar o aniversário dele
danger-buttons-add-anniversary = Adicionar nosso aniversário de namoro
danger-buttons-add-custom = Adicionar outra data
danger-buttons-remove = Remover uma
danger-buttons-done = Pronto

## risk

risk-off-done = Tudo bem, chega desses avisos. Você pode ligá-los de novo em /settings.

## risk.buttons

risk-buttons-off = Parar esses avisos

## hide

hide-cleared = Tudo limpo.

## friend

friend-none = Você pode convidar uma pessoa de confiança. Quando você tocar em "Preciso de alguém" num momento difícil, ela recebe um único recado curto: que uma ligação agora te faria bem. Mais nada: nem o porquê, nem quem, nem uma palavra do que você escreve aqui.
friend-invite =
    Mande este link para essa pessoa. Quando ela abrir, vai ser a sua pessoa de confiança:
    { $link }

    O link funciona uma vez só.
friend-waiting =
    Seu convite ainda não foi aberto. O link de novo:
    { $link }
friend-connected = Sua pessoa de confiança está conectada. Quando você tocar em "Preciso de alguém" durante uma vontade forte, ela vai receber um recado curto dizendo que uma ligação te faria bem.
friend-removed-her = Pronto. Sua pessoa de confiança não vai receber mais recados meus.
friend-removed-friend = Quem tinha escolhido você como pessoa de confiança liberou você desse papel aqui. Obrigado por ter estado presente.
friend-invite-invalid = Este link de convite não está mais aberto. Peça um novo.
friend-joined-friend =
    Obrigado por ser a pessoa de confiança de alguém.

    Se essa pessoa tocar em "Preciso de alguém" num momento difícil, eu te mando um único recado curto dizendo que uma ligação faria bem. É só isso que eu vou mandar, e nunca vou contar o porquê. Mande /leave quando quiser parar.
friend-joined-her = Sua pessoa de confiança abriu o link. Agora ela está a um toque quando você precisar.
friend-left-friend = Pronto. Você não vai receber mais recados meus. Obrigado por ter estado presente.
friend-left-her = Sua pessoa de confiança se afastou daqui. Você pode convidar outra pessoa com /friend quando quiser.
friend-not-a-friend = Você não é a pessoa de confiança de ninguém aqui, então não tem nada para deixar.
friend-alert = { $name } está precisando ouvir você agora. Se puder, telefone.
friend-alert-sent = Avisei sua pessoa de confiança que uma ligação te faria bem. Enquanto espera, estou bem aqui.
friend-alert-recent = Sua pessoa de confiança foi avisada há pouco. Dê um tempinho a ela; enquanto isso, estou aqui.
friend-alert-failed = Não consegui avisar sua pessoa de confiança agora. Tem mais alguém para quem você poderia ligar? Estou bem aqui.

## friend.buttons

friend-buttons-invite = Convidar alguém
friend-buttons-new-link = Criar um link novo
friend-buttons-cancel-invite = Cancelar o convite
friend-buttons-remove = Remover minha pessoa de confiança
