### "Meu espaço": a página que o bot abre dentro do Telegram (um Mini App) com o calendário
### dela, os padrões dela, a lista de corte e as configurações. Alguém pode estar olhando por
### cima do ombro dela: a página não fala dele mais do que a conversa, e nunca mostra um
### rascunho.
###
### Fluent (projectfluent.org): o bot preenche cada { $nome } (os nomes ficam em inglês).

## space

space-title = Meu espaço
# O botão do web app embaixo de /insights, /cutoff e /settings, e o botão de menu da conversa.
space-button = Meu espaço
space-signed-out = Esta página abre pelo botão "Meu espaço" na sua conversa com o bot. Abra por lá e ela vai aparecer aqui.
space-failed = Não deu certo. Confira sua conexão e tente de novo.
space-saved = Salvo
space-loading = Só um instante…
space-demo-link = Seu espaço (a página do Mini App) está em { $url }: abra num navegador neste computador.

## space.tabs

space-tabs-days = Dias
space-tabs-patterns = Padrões
space-tabs-checklist = Lista
space-tabs-settings = Configurações

## space.streak

space-streak-current = Dias seguidos
space-streak-best = Sua melhor sequência
space-streak-total = Dias tranquilos no total
space-streak-ridden = Vontades que você deixou passar

## space.calendar

space-calendar-title = Seus dias, mês a mês
space-calendar-clear = Sem contato
space-calendar-contact = Contato
space-calendar-before = Antes de você começar
space-calendar-urges = Vontades naquele dia
space-calendar-hint = Toque num dia para ver o que apareceu e como foi.

## space.day

space-day-none = Nada registrado neste dia. Um dia tranquilo.
space-day-slips =
    { $count ->
        [one] Você procurou uma vez neste dia. A contagem recomeçou; sua melhor sequência continua.
       *[other] Você procurou { $count } vezes neste dia. A contagem recomeçou; sua melhor sequência continua.
    }
space-day-strength = intensidade { $strength }

## space.kinds

space-kinds-text = Vontade de procurar
space-kinds-check = Vontade de olhar perfis
space-kinds-post = Vontade de postar algo
space-kinds-ask-friends = Vontade de perguntar por aí
space-kinds-reply = Vontade de responder
space-kinds-go = Vontade de ir a algum lugar

## space.outcomes

space-outcomes-held = Você deixou passar
space-outcomes-slipped = Você procurou
space-outcomes-cancelled = Deixada de lado
space-outcomes-open = Ainda em aberto

## space.patterns

space-patterns-week-title = Quando as vontades vêm, no seu horário
space-patterns-week-caption = Sua semana, hora a hora. Quanto mais escuro o quadrado, mais vezes a vontade veio nesse horário.
space-patterns-trend-title = Semana a semana
space-patterns-held = Vontades que você deixou passar
space-patterns-slipped = Vezes em que você procurou
space-patterns-trend-caption = As últimas semanas, lado a lado. As semanas baixas e as altas fazem parte, todas elas.
space-patterns-empty = Ainda não tem nada para desenhar: as imagens vêm das vontades que você registra com o bot.

## space.checklist

space-checklist-title = Sua lista de corte
space-checklist-progress = { $done } de { $total } feitos
space-checklist-open = A fazer
space-checklist-done = Feito
space-checklist-not-needed = Não precisa
space-checklist-how = Como fazer

## space.settings

space-settings-zone = Seu fuso horário
space-settings-checkin = Hora da mensagem diária
space-settings-quiet = Horário de silêncio
space-settings-quiet-none = Nenhum
space-settings-quiet-window = { $start }–{ $end }
space-settings-language = Idioma
space-settings-country = País dos seus contatos de apoio
space-settings-country-unset = Não escolhido
space-settings-country-none = Outro país, ou prefiro não dizer
space-settings-next = Próxima mensagem diária: { $when }
space-settings-next-none = Nenhuma mensagem diária programada agora.
