### Rascunhos guardados: o que ela escreve para ele aqui em vez de mandar. O bot guarda
### trancado, mostra de novo uma vez, algumas horas depois, e lista em /drafts.
### drafts.review.one e drafts.review.many chegam sem ela pedir, e a tela de bloqueio mostra
### as três primeiras linhas e 150 caracteres: nunca falam dele, de mensagem ou do término,
### e nunca trazem as palavras dela. O bot confere isso ao iniciar. As palavras dela só
### aparecem depois que ela toca em "Mostrar" (drafts.review.question e drafts.review.draft).
###
### Fluent (projectfluent.org): o bot preenche cada { $nome } (os nomes ficam em inglês);
### { $situation -> [abuse] … *[other] … } adapta um texto a como terminou (unsaid usa a
### variante [abuse] se não tiver uma própria); { $count -> [one] … *[other] … } escolhe a
### forma do plural. Veja o README, "Her language".

## drafts

drafts-ask =
    { $situation ->
        [abuse] Escreva aqui, tudo. Isso não chega nem perto dele: eu guardo, e daqui a algumas horas te mostro de novo.
       *[other] Escreva aqui, como se fosse para ele. Tudo. Não vai ser enviado para lugar nenhum: eu guardo, e daqui a algumas horas te mostro de novo.
    }
drafts-reask = Eu só consigo guardar palavras. Escreva, ou mande /cancel se preferir não fazer isso agora.
drafts-held =
    { $situation ->
        [abuse] Guardado, trancado, e longe dele. Às { $time }, depois de algumas horas, eu te mostro de novo, e você decide o que fazer com ele.
       *[other] Guardado, trancado. Ele não vai ver nem uma palavra. Às { $time }, depois de algumas horas, eu te mostro de novo, e você decide o que fazer com ele.
    }
drafts-cancelled = Tudo bem, não guardei nada. Estou aqui sempre que você precisar.
drafts-none =
    { $situation ->
        [abuse] Você não tem nada guardado agora. Se tiver algo que precisa botar pra fora, mande /draft e escreva aqui. Fica comigo e não chega nem perto dele.
       *[other] Você não tem nada guardado agora. Quando bater a vontade de escrever pra ele, mande /draft e escreva para mim em vez disso. Eu guardo em segurança e te mostro de novo mais tarde.
    }
drafts-list-one = Você tem uma mensagem guardada que não mandou. Ela começa assim:
drafts-list = Você tem { $count } mensagens guardadas que não mandou. Cada uma começa assim:
drafts-list-more = Essas são as { $shown } mais recentes. Conforme você for deixando algumas irem, as mais antigas aparecem aqui.
drafts-list-item = “{ $words }”
drafts-unreadable = (Não consigo abrir este agora. Você ainda pode deixá-lo ir.)
drafts-let-go =
    { $situation ->
        [abuse] Foi embora, para sempre. Não sobrou nem uma palavra aqui. Você nunca deveu nada disso a ele.
       *[other] Foi embora, para sempre. Não sobrou nem uma palavra aqui, e ele nunca viu nada disso.
    }
drafts-kept = Tudo bem, continuo guardando, trancado. O /drafts mostra quando você quiser olhar de novo.
drafts-gone = Esse não está mais aqui.

## drafts.buttons

drafts-buttons-let-go = Deixar ir
drafts-buttons-keep = Continuar guardando
drafts-buttons-talk = Conversar sobre isso
drafts-buttons-show = Mostrar
drafts-buttons-show-next = Mostrar o próximo ({ $number } de { $total })

## drafts.review
## Na hora da mensagem diária, depois que a noite passou: uma mensagem para cada rascunho que volta.

drafts-review-one =
    Uma coisa sua continua guardada aqui, esperando por você.

    Dê uma olhada quando tiver um minuto tranquilo. Nada é enviado, seja qual for a sua decisão.
drafts-review-many =
    { $count } coisas suas continuam guardadas aqui, esperando por você.

    Dê uma olhada quando tiver um minuto tranquilo, uma de cada vez. Nada é enviado, seja qual for a sua decisão.
# Depois que ela toca em "Mostrar", na mesma mensagem: a pergunta, depois as palavras dela.
drafts-review-place = { $number } de { $total }
drafts-review-question =
    { $situation ->
        [abuse] Isto é o que você escreveu num momento difícil. Você não deve a ele nem uma palavra disso. O que você quer fazer com isso?
        [amicable] Isto é o que você queria mandar pra ele algumas horas atrás. Ainda é algo que você quer, ou era o momento falando? Seja qual for a sua escolha, nada é enviado.
       *[other] Isto é o que você queria mandar pra ele algumas horas atrás. Você ainda quer? Seja qual for a sua escolha, nada é enviado.
    }
drafts-review-draft = “{ $draft }”
