### /cutoff: a lista de corte, cada canal que ele poderia usar para chegar até ela ou que ela
### poderia usar para vigiá-lo, riscado um por um.
###
### Fluent (projectfluent.org): o bot preenche cada { $nome } (os nomes ficam em inglês);
### { $situation -> [abuse] … *[other] … } adapta um texto a como terminou (unsaid usa a
### variante [abuse] se não tiver uma própria); { $count -> [one] … *[other] … } escolhe a
### forma do plural. Veja o README, "Her language".

## cutoff

# O cabeçalho da lista, e a linha embaixo dele quando não resta nada em aberto.
cutoff-progress =
    { $situation ->
        [abuse] Sua lista de segurança: { $done } de { $total } feitos
       *[other] Sua lista: { $done } de { $total } feitos
    }
cutoff-nothing-needed = Sua lista: nada nela se aplica a você agora
cutoff-complete =
    { $situation ->
        [abuse] Todas as portas de entrada estão fechadas. Você fez isso pela sua segurança, e isso conta.
       *[other] Todos os canais estão fechados. Essa era a parte difícil, e você conseguiu.
    }
cutoff-intro =
    { $situation ->
        [abuse]
            Cada item aqui fecha mais um caminho para ele chegar até você ou te vigiar. É pela sua segurança, e você não deve a ele nenhum aviso nem explicação.

            Os primeiros garantem que seu celular e suas contas sejam só seus. Salve prints das mensagens dele antes de bloquear qualquer coisa: você pode precisar deles como prova. Depois desligue o compartilhamento de localização (Buscar, Google Maps, Snap Map, Life360), troque qualquer senha que ele saiba e desconecte os outros aparelhos, e esconda a prévia das mensagens na tela de bloqueio.

            Se você acha que ele está rastreando seu celular, remover o rastreador ou o app pode alertá-lo. Uma pessoa especializada em violência doméstica pode te ajudar a planejar qual passo dar e quando:
            { $support }

            Toque num item quando ele estiver feito. Toque de novo se ele não se aplicar a você, e mais uma vez para reabri-lo.
            ✅ feito   ➖ não precisa   ⬜ em aberto
        [cheating]
            Depois de uma traição, pedidos de desculpa e grandes promessas costumam chegar por qualquer canal que ainda esteja aberto. Feche todos e não vai sobrar nada para pesar.

            Toque num item depois de bloquear, deixar de seguir ou silenciar. Toque de novo se ele não se aplicar a você, e mais uma vez para reabri-lo.
            ✅ feito   ➖ não precisa   ⬜ em aberto
        [amicable]
            Terminou bem, então você não precisa apagá-lo de todo lugar. Silenciar e deixar de seguir por um tempo, principalmente agora, já te dá espaço.

            Toque num item quando ele estiver feito. Toque de novo se preferir manter (tudo bem), e mais uma vez para reabri-lo.
            ✅ feito   ➖ não precisa   ⬜ em aberto
        [unsaid]
            Cada item aqui fecha mais um caminho de entrada. Vá no seu ritmo; você não deve um motivo a ninguém.

            Os primeiros garantem que seu celular e suas contas sejam só seus. Salve prints de tudo o que você talvez queira guardar antes de bloquear. Depois desligue o compartilhamento de localização (Buscar, Google Maps, Snap Map, Life360), troque qualquer senha que ele saiba e desconecte os outros aparelhos, e esconda a prévia das mensagens na tela de bloqueio.

            Se algum dia você achar que alguém está rastreando seu celular, remover o rastreador ou o app pode alertar essa pessoa. Uma pessoa especializada pode te ajudar a planejar isso com segurança:
            { $support }

            Toque num item quando ele estiver feito. Toque de novo se ele não se aplicar a você, e mais uma vez para reabri-lo.
            ✅ feito   ➖ não precisa   ⬜ em aberto
       *[other]
            O contato zero se sustenta quando todos os canais fecham juntos. O que fica aberto costuma ser por onde a coisa escapa.

            Toque num item depois de bloquear, deixar de seguir ou silenciar. Toque de novo se ele não se aplicar a você, e mais uma vez para reabri-lo.
            ✅ feito   ➖ não precisa   ⬜ em aberto
    }
# Depois de "Pronto".
cutoff-saved = Salvo. Mande /cutoff quando estiver pronta para o próximo.
cutoff-saved-complete = Salvo. Tudo na sua lista está resolvido. Estou aqui sempre que você precisar.
# Alguns dias depois de ela abrir a lista pela primeira vez, uma vez só, e só se algo
# estiver em aberto. Chega sem ela pedir: a tela de bloqueio mostra as três primeiras
# linhas e uns 150 caracteres, então nada ali pode falar dele, de ex ou de bloquear, e os
# itens em aberto (que falam) só começam na quarta linha, depois de pelo menos 150 caracteres.
cutoff-reminder =
    { $situation ->
        [abuse]
            Um recado tranquilo, só para você.

            Nada aqui precisa ser feito hoje. Dê cada passo no seu ritmo, quando parecer seguro.

            Ainda em aberto na lista, para quando você tiver um momento de calma:
            { $items }
        [amicable]
            Uma coisinha de alguns dias atrás, para um minuto tranquilo.

            Só precisa fechar o que ainda dói; marque o resto como não necessário.

            Ainda em aberto na lista, quando você tiver um momento para isso:
            { $items }
        [unsaid]
            Um recado tranquilo, só para você.

            Nada aqui precisa ser feito hoje. Dê cada passo no seu ritmo, quando parecer certo.

            Ainda em aberto na lista, para quando você tiver um momento de calma:
            { $items }
       *[other]
            Uma coisinha de alguns dias atrás, para um minuto tranquilo.

            A lista que você começou continua aqui, e não tem pressa nenhuma. Um de cada vez já está ótimo.

            Ainda em aberto na lista, quando você tiver um momento para isso:
            { $items }

            É fechando tudo que o silêncio se mantém.
    }
cutoff-reminder-item = • { $item }
# O texto do botão: uma marca de estado, depois o item.
cutoff-button = { $mark } { $item }
# Em "Como fazer cada um", os links de cada item ficam logo abaixo dele, dois por linha.
cutoff-how-button = ↳ { $label }
cutoff-how-note = Cada ↳ abre a página de ajuda do próprio app. Volte e marque o item quando estiver feito.

## cutoff.marks

cutoff-marks-open = ⬜
cutoff-marks-done = ✅
cutoff-marks-not-needed = ➖

## cutoff.buttons

cutoff-buttons-done = Pronto
cutoff-buttons-open = Abrir minha lista
cutoff-buttons-how = Como fazer cada um
cutoff-buttons-hide-how = Esconder o passo a passo

## cutoff.items

cutoff-items-number = O número dele: ligações e SMS
cutoff-items-whatsapp = WhatsApp
cutoff-items-telegram = Telegram
cutoff-items-signal = Signal
cutoff-items-imessage = iMessage
cutoff-items-instagram = Instagram
cutoff-items-facebook = Facebook
cutoff-items-tiktok = TikTok
cutoff-items-snapchat = Snapchat
cutoff-items-x = X (Twitter)
cutoff-items-friends = As contas dos amigos mais próximos dele
cutoff-items-mutuals = Amigos em comum silenciados
cutoff-items-photos = Fotos de vocês dois arquivadas

## cutoff.safety_items
## Segurança digital, só na lista depois de abuso ou quando ela prefere não dizer.

cutoff-safety-items-evidence = Prints salvos, antes de bloquear
cutoff-safety-items-location = Compartilhamento de localização desligado
cutoff-safety-items-accounts = Senhas trocadas, aparelhos desconectados
cutoff-safety-items-trackers = Rastreadores procurados (AirTag)
cutoff-safety-items-stalkerware = Celular verificado contra apps espiões
cutoff-safety-items-previews = Prévias escondidas na tela de bloqueio
