### /myreasons: motivos que ela escreve com as próprias palavras num dia calmo, devolvidos a
### ela durante uma vontade, ao lado dos cartões de motivos. A tabela é reasons_own:
### "reasons" pertence aos cartões.
###
### Fluent (projectfluent.org): o bot preenche cada { $nome } (os nomes ficam em inglês);
### { $situation -> [abuse] … *[other] … } adapta um texto a como terminou (unsaid usa a
### variante [abuse] se não tiver uma própria); { $count -> [one] … *[other] … } escolhe a
### forma do plural. Veja o README, "Her language".

## reasons_own

reasons-own-empty =
    { $situation ->
        [abuse]
            Num dia calmo, você sabe exatamente por que está se mantendo em segurança. Escreva isso com as suas palavras, um motivo de cada vez, e quando chegar um momento difícil eu te devolvo.

            Só você vai ver esses motivos.
       *[other]
            Num dia calmo, você sabe exatamente por que está fazendo isso. Escreva com as suas palavras, um motivo de cada vez, e quando a vontade vier eu te devolvo.

            Só você vai ver esses motivos.
    }
reasons-own-listing =
    Seus motivos, com as suas palavras ({ $count }):

    { $reasons }

    Quando a vontade vier, eu te devolvo um deles.
reasons-own-hint = Toque num botão aqui embaixo. Para adicionar um motivo, toque primeiro em "Escrever um motivo".
reasons-own-ask = Qual é um motivo que te fez escolher isso? Escreva do jeito que você gostaria de ouvir quando a vontade estiver mais forte.
reasons-own-reask = Eu só consigo guardar palavras. Escreva seu motivo, ou mande /cancel.
reasons-own-added = Guardado. Esse fica aqui para os momentos mais difíceis.
reasons-own-ask-remove = Qual eu removo?
reasons-own-removed = Removido.
reasons-own-unreadable = (Não consigo abrir este agora.)
reasons-own-done = Salvo. Estou aqui sempre que você precisar.
reasons-own-playback =
    Com as suas palavras, num dia mais calmo:

    “{ $reason }”

## reasons_own.buttons

reasons-own-buttons-add = Escrever um motivo
reasons-own-buttons-remove = Remover um
reasons-own-buttons-done = Pronto
