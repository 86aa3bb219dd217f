### /hetexted: o momento em que chega uma mensagem dele. Depois de abuso, nada aqui pode
### soar como um empurrão para o contato.
###
### Fluent (projectfluent.org): o bot preenche cada { $nome } (os nomes ficam em inglês);
### { $situation -> [abuse] … *[other] … } adapta um texto a como terminou (unsaid usa a
### variante [abuse] se não tiver uma própria); { $count -> [one] … *[other] … } escolhe a
### forma do plural. Veja o README, "Her language".

## hetexted

hetexted-button = Ele me mandou mensagem
hetexted-ask-kind =
    { $situation ->
        [abuse]
            Ele te escreveu. Você não fez nada de errado, e não precisa fazer nada agora. Você pode levar todo o tempo de que precisar.

            Que tipo de mensagem é?
       *[other]
            Ele te escreveu. Receber uma mensagem não é um deslize: você não fez nada. E nada precisa acontecer agora.

            Que tipo de mensagem é?
    }
hetexted-reask-kind = Toque na opção mais parecida, ou diga numa palavra: desculpa, saudade, prático, raiva, oi.
hetexted-cancelled = Tudo bem, vamos parar por aqui. Nada precisa ser enviado. O botão aqui embaixo continua à mão se a vontade apertar.
hetexted-already-logged = Essa já está anotada. Se ele escrever de novo, o /hetexted está aqui.
hetexted-late = Me desculpe, eu não estava aqui quando a espera acabou.
hetexted-checkback =
    { $situation ->
        [abuse]
            Passando para saber de você. Como você está agora?

            O que quer que tenha acontecido nesse meio-tempo, aqui você não está encrencada.
       *[other]
            A espera acabou. Como você está agora?

            No fim, você respondeu? De um jeito ou de outro, me conta, sem julgamento.
    }
hetexted-checkback-template =
    A espera acabou. Como você está agora?

    Se a parte prática precisa mesmo de uma resposta, aqui vai uma só com fatos. Preencha os colchetes e deixe todo o resto sem resposta:

    { $template }

    Me conte como foi, quando você estiver pronta.
hetexted-template =
    { $situation ->
        [amicable] Obrigada por avisar. Sobre [as crianças / o dinheiro / as suas coisas]: [um fato só — uma data, um horário, um valor]. Se cuida.
       *[other] Entendido. Sobre [as crianças / o dinheiro / as suas coisas]: [um fato só — uma data, um horário, um valor]. Da minha parte, é isso.
    }

## hetexted.kinds

hetexted-kinds-sorry = Ele pediu desculpas
hetexted-kinds-miss-you = Ele diz que sente minha falta
hetexted-kinds-practical = Filhos, dinheiro ou coisas
hetexted-kinds-angry = Ele está com raiva
hetexted-kinds-hey = Só um "oi"

## hetexted.read
## Como ler esse tipo de mensagem: a primeira parte do conselho.

hetexted-read-sorry =
    { $situation ->
        [abuse] Um pedido de desculpas não desfaz o que ele fez, e não te deixa em dívida com ele. Você não deve a ele perdão nem resposta.
        [cheating] Pedidos de desculpa depois de uma traição são de se esperar, e quanto mais grandiosos parecem, mais bem montados são para te puxar de volta. Você não deve a ele explicação nem absolvição.
        [disrespect] Você já ouviu desculpas antes. O que aconteceu depois da última?
       *[other] Um pedido de desculpas merece uma pergunta em silêncio: ele sente muito pelo que fez, ou sente muito por ter te perdido? Alguma coisa mudou de verdade, ou só o humor dele hoje à noite?
    }
hetexted-read-miss-you =
    { $situation ->
        [abuse] O que ele sente não é mais seu para administrar. Você não deve a ele uma resposta, nem um único pensamento sobre como ele está.
        [cheating] Ele está sentindo o preço do que escolheu. Isso é dele para carregar, não seu.
        [amicable] É natural que um fim tranquilo deixe um pouco de carinho para trás. Isso não quer dizer que você precise retomar isso agora.
       *[other] Sentir sua falta é um sentimento dele, não um plano. Mandar isso não custa nada a ele. O que seria diferente desta vez?
    }
hetexted-read-practical =
    { $situation ->
        [abuse] As questões práticas são reais, e nenhuma delas precisa passar por você. Você não deve a ele uma resposta sobre elas, nunca.
       *[other] As questões práticas são reais. Mesmo assim, não precisam de resposta neste minuto.
    }
hetexted-read-angry =
    { $situation ->
        [abuse] Uma mensagem com raiva de alguém que te machucou pode dar medo. Sua segurança vem antes de qualquer outra coisa aqui.
        [unsaid] Uma mensagem com raiva pode dar medo. Sua segurança vem antes de qualquer outra coisa aqui, e você não precisa responder.
       *[other] A raiva dele é problema dele. Uma mensagem escrita para provocar só funciona se tiver reação.
    }
hetexted-read-hey =
    { $situation ->
        [abuse] Um "oi" pede que você abra uma porta que fechou por bons motivos. Ela continua fechada.
        [amicable] Um "oi" depois de um fim tranquilo pode ser só isso. Mesmo assim, você escolhe se e quando responder.
       *[other] Um "oi" não custa nada para mandar. Ele testa se a porta ainda está aberta, e deixa todo o trabalho para você.
    }

## hetexted.advice
## O que fazer. {minutes} é a espera, {time} é quando o bot volta a falar com ela, no horário dela.

hetexted-advice-none =
    { $situation ->
        [abuse]
            Não há nada para responder nem para explicar. Se algo nela te preocupa, guarde a mensagem como está: ela pode ser importante depois, para a sua segurança ou na justiça. As pessoas aí de cima estão lá se você precisar.

            Volto a falar com você às { $time }. Até lá, o botão aqui embaixo está a um toque.
       *[other]
            Nada nisso precisa de resposta: nem agora, nem depois. O silêncio é uma resposta completa, e quem dá essa resposta é você.

            Se a vontade apertar, espere { unit-minutes } e toque no botão aqui embaixo. Volto a falar com você às { $time }.
    }
hetexted-advice-not-now =
    { $situation ->
        [disrespect]
            Não responda agora. Olhe primeiro para o padrão: as promessas, as desculpas, os dias de carinho e os de frieza. Essa mensagem é diferente das anteriores, ou é só a próxima volta do mesmo ciclo?

            Espere { unit-minutes }. Volto a falar com você às { $time }, e o botão aqui embaixo está aí se a vontade apertar.
       *[other]
            Não responda agora. Espere { unit-minutes }, e se pergunte o que uma resposta te daria que o silêncio não dá.

            Volto a falar com você às { $time }. Se a vontade apertar antes disso, toque no botão aqui embaixo.
    }
hetexted-advice-third-party =
    { $situation ->
        [abuse]
            Filhos, dinheiro, pertences: nada disso precisa passar por você. Um advogado, a Vara de Família ou um serviço especializado em violência doméstica podem cuidar disso por você e te manter fora do alcance dele. Mediação não é para isso: depois de abuso, muitos países não permitem, e você nunca precisa sentar frente a frente com ele. Você não precisa resolver nada disso sozinha.

            Volto a falar com você às { $time }.
        [unsaid]
            Filhos, dinheiro, pertences: nada disso precisa passar por você. Um advogado, a Vara de Família ou um serviço de apoio podem cuidar disso por você. Se ele já te deu medo alguma vez, um serviço especializado em violência doméstica também pode ajudar, e mediação não é para você.

            Volto a falar com você às { $time }.
       *[other]
            Essa parte pode ser real, mas não é urgente, e você não deve a ele uma conversa sobre isso. Deixe esperar até você estar calma e, quando der, deixe que passe por outra pessoa: um mediador, um advogado, uma amiga que possa repassar as coisas. Só fatos; nada sobre vocês dois.

            Volto a falar com você às { $time }.
    }
hetexted-advice-template =
    Essa talvez precise de uma resposta em algum momento, mas não no primeiro impulso. Espere { unit-minutes }. Às { $time } eu volto a falar com você e te dou uma resposta curta que você pode usar se ainda quiser: só fatos, nada sobre o que você sente.

    Se for urgente de verdade, como a segurança de uma criança, faça o que for preciso. Todo o resto pode esperar.
hetexted-advice-her-call =
    Você não precisa cortá-lo totalmente, e responder não é proibido para você. Só não agora: espere { unit-minutes }, e repare se responder é por você ou só a saudade falando.

    Volto a falar com você às { $time }.

## hetexted.buttons

hetexted-buttons-no-reply = Não respondi
hetexted-buttons-practical-reply = Mandei só a resposta prática
hetexted-buttons-replied = Respondi
hetexted-buttons-replied-more = Respondi mais do que isso

## hetexted.outcome
## Como foi. {safety} são os contatos de apoio dela (só no abuso). Sem número do dia aqui: no
## primeiro dia de uma contagem "Dia 0" soaria como fracasso, e uma mensagem dele nunca a
## zera, de qualquer forma.

hetexted-outcome-no-reply =
    { $situation ->
        [abuse] Você se manteve em segurança, e a sua paz junto.
        [amicable] Você se deu espaço primeiro. Se decidir responder depois, vai ser uma escolha tranquila, não um reflexo. Seu espaço continua sendo seu.
       *[other] Você deixou quieto. Isso não é pouco: é você escolhendo a sua paz em vez do tempo dele. Sua contagem continua, e continua sendo sua.
    }
hetexted-outcome-practical-reply = Isso não é um deslize: você resolveu uma questão prática com o mínimo de palavras necessário, e nada mais. Sua contagem continua.
hetexted-outcome-replied =
    { $situation ->
        [abuse]
            Obrigado por me contar. A culpa não é sua: ele sabe onde puxar. Se algo que ele diz faz você se sentir em perigo:
            { $safety }

            Se quiser anotar, o /slip está aqui, sem julgamento.
        [amicable] Obrigado por me contar. Contato não é proibido para você: só repare em como você se sente depois. Sua contagem continua como estava.
       *[other]
            Obrigado por me contar. Acontece, e isso não apaga os dias que você aguentou.

            Se virou uma conversa de verdade e você quiser uma contagem nova, o /slip está aqui, sem julgamento nenhum. A mensagem dele chegar nunca foi o deslize.
    }
