### As palavras do próprio chat de demonstração (bot/demo.py): o que o terminal diz em volta
### das mensagens do bot quando alguém experimenta o Radio Silence sem um token do Telegram.
### Texto simples, sem HTML: nada disso passa pelo Telegram. Cada linha de uma nota de várias
### linhas é impressa depois de um "· ".
###
### Fluent (projectfluent.org): o bot preenche cada { $nome } (os nomes ficam em inglês);
### { $situation -> [abuse] … *[other] … } adapta um texto a como terminou (unsaid usa a
### variante [abuse] se não tiver uma própria); { $count -> [one] … *[other] … } escolhe a
### forma do plural. Veja o README, "Her language".

## demo

# O prompt onde ela digita.
demo-you = você
demo-opening =
    Demonstração do Radio Silence: você está conversando com o bot bem aqui, como faria no Telegram.
    Digite para responder. #1 aperta o botão [1] da mensagem mais recente com botões; #3.2 aperta o [2] da mensagem 3▸; #k1 aperta o [k1] do teclado. Um número sozinho é enviado como mensagem.
    :wait 10 avança dez minutos, para você ver o que o bot faz mais tarde (experimente durante o /urge). :help mostra tudo, :quit sai.
demo-first-launch = O bot já deu oi aqui embaixo.
demo-resumed = Que bom te ver de novo. Sua conversa está onde você deixou.
demo-resume-flow = Da última vez, a gente estava no meio de { $flow }. Foi aqui que paramos:
demo-resume-flow-lost = Da última vez, a gente estava no meio de { $flow }. Continue de onde parou, ou mande /cancel para deixar pra lá.
demo-resume-last = Esta é a última coisa que o bot disse:
demo-help =
    qualquer texto   vai para o bot, inclusive comandos como /urge
    #1, #2, …        aperta esse botão na mensagem mais recente com botões
    #3.1             aperta o botão [1] da mensagem 3▸, qualquer mensagem que ainda mostre botões
    #k1              aperta o [k1] do teclado embaixo do campo de digitação
    :wait 10         avança 10 minutos (ou :wait 2h, :wait 3d)
    :quit            sai (Ctrl-D também); sua conversa fica guardada para a próxima vez
    Fotos e arquivos do bot ficam salvos em { $folder }, e o log em { $log }.
demo-goodbye = Até logo. Sua conversa fica guardada: rode a demonstração de novo para continuar.
demo-unknown-command = Não existe :{ $name } aqui. O :help lista o que existe.
demo-wait-usage = Tente :wait 10 (minutos), :wait 2h ou :wait 3d.
demo-wait-unavailable = Nesta demonstração não dá para avançar o tempo.
demo-waited = ⏩ { $span } depois…
demo-minutes = { $amount ->
    [0] { $amount } minutos
    [one] { $amount } minuto
   *[other] { $amount } minutos
}
demo-hours = { $amount ->
    [0] { $amount } horas
    [one] { $amount } hora
   *[other] { $amount } horas
}
demo-days = { $amount ->
    [0] { $amount } dias
    [one] { $amount } dia
   *[other] { $amount } dias
}
demo-no-buttons = Nenhuma mensagem está mostrando botões agora.
demo-no-such-button = A mensagem { $label }▸ não tem o botão [{ $number }].
demo-no-such-message = Não há nenhuma mensagem { $label }▸ com botões na tela.
demo-buttons-gone = A mensagem { $label }▸ não tem mais botões.
demo-no-keyboard = Não há nenhum teclado embaixo do campo de digitação agora.
demo-no-such-key = O teclado não tem o botão [k{ $number }].
demo-link = “{ $label }” abre { $url }, no seu navegador, não aqui.
demo-edited = (editada)
demo-deleted-one = (apagada) { $text }
demo-deleted-many = O bot apagou { $count } das mensagens dele nesta conversa.
demo-popup = (aviso rápido) { $text }
demo-alert = (alerta) { $text }
demo-photo = { "[" }foto, { $size }]
demo-photo-unsized = { "[" }foto]
demo-document = { "[" }{ $name }, { $size }]
demo-document-unsized = { "[" }{ $name }]
demo-unnamed-file = arquivo
demo-saved = salvo como { $path }
demo-size-bytes = { $amount } B
demo-size-kb = { $amount } KB
demo-size-mb = { $amount } MB

## demo.flows
## O que ela estava fazendo, pelo nome do fluxo, para preencher o {flow} acima.

demo-flows-setup = configurar tudo
demo-flows-urge = uma vontade de mandar mensagem pra ele
demo-flows-slip = me contar um deslize
demo-flows-hetexted = decidir o que fazer com a mensagem dele
demo-flows-draft = escrever um rascunho
demo-flows-danger-days = revisar suas datas difíceis
demo-flows-own-reasons = escrever seus próprios motivos
demo-flows-other = alguma coisa
