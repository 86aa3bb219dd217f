### /export e /forget: os dados dela, que são dela para levar ou apagar.
###
### Fluent (projectfluent.org): o bot preenche cada { $nome } (os nomes ficam em inglês);
### { $situation -> [abuse] … *[other] … } adapta um texto a como terminou (unsaid usa a
### variante [abuse] se não tiver uma própria); { $count -> [one] … *[other] … } escolhe a
### forma do plural. Veja o README, "Her language".

## privacy

privacy-export-caption =
    Tudo o que eu guardo sobre você, num arquivo só, incluindo as palavras que você escreveu aqui, agora sem tranca.

    Guarde num lugar privado. Se outra pessoa puder olhar seu celular, você pode apagar esta mensagem depois de salvar o arquivo.
privacy-forget-ask =
    Isto apaga tudo o que eu guardo sobre você:
    • suas respostas: como terminou, suas datas, fuso horário e hora da mensagem diária
    • sua contagem de dias e o histórico dela
    • cada vontade, deslize e anotação, e cada palavra que você escreveu aqui
    • seus próprios motivos, sua lista de corte e suas datas difíceis
    • as mensagens dele que você me contou
    • cada mensagem diária e lembrete que eu tinha programado

    Não dá para desfazer. Se quiser uma cópia antes, o /export te manda tudo num arquivo.
privacy-forget-confirm = Última confirmação: depois de apagado, não consigo trazer nada de volta. Apagar tudo?
privacy-forget-expired = Isso foi há um tempinho, então, por segurança, não apaguei nada. Mande /forget de novo se ainda quiser.
privacy-forgotten =
    Pronto. Tudo o que eu guardava sobre você foi apagado, e nada mais vai chegar de mim.

    O histórico desta conversa fica com o Telegram, não comigo: você mesma pode limpá-lo. Se um dia quiser voltar, o /start começa do zero, e vou ficar feliz em te ver.
privacy-kept = Nada foi apagado. Tudo continua como estava.

## privacy.buttons

privacy-buttons-forget-continue = Continuar
privacy-buttons-forget-yes = Sim, apagar tudo
privacy-buttons-keep = Manter
