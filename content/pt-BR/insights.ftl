### /insights: três imagens do registro dela e um parágrafo para quem prefere palavras.
###
### Fluent (projectfluent.org): o bot preenche cada { $nome } (os nomes ficam em inglês);
### { $situation -> [abuse] … *[other] … } adapta um texto a como terminou (unsaid usa a
### variante [abuse] se não tiver uma própria); { $count -> [one] … *[other] … } escolhe a
### forma do plural. Veja o README, "Her language".

## insights

insights-not-enough =
    Ainda não tem nada para desenhar: as imagens vêm das vontades que você registra.

    Da próxima vez que a vontade aparecer, toque em "{ $button }" e a gente espera passar junto. Depois disso, posso te mostrar em que momentos as vontades costumam vir e com que frequência você as deixa passar.

## insights.calendar

insights-calendar-title = Seus dias, mês a mês
insights-calendar-clear = Sem contato
insights-calendar-contact = Contato
insights-calendar-before = Antes de você começar
insights-calendar-urges = Vontades naquele dia
insights-calendar-caption = Cada quadrado é um dia. O ponto cresce com as vontades que vieram naquele dia.

## insights.week

insights-week-title = Quando as vontades vêm, no seu horário
insights-week-scale = Vontades
insights-week-caption = Sua semana, hora a hora. Quanto mais escuro o quadrado, mais vezes a vontade veio nesse horário.

## insights.trend

insights-trend-title = Semana a semana
insights-trend-held = Vontades que você deixou passar
insights-trend-slipped = Vezes em que você procurou
insights-trend-axis = Cada semana
insights-trend-caption = Cada barra é uma semana. As semanas baixas e as altas fazem parte, todas elas.

## insights.summary.days
## -- o parágrafo ------------------------------------------------------------------------------
## Feito com uma frase de cada grupo abaixo, nesta ordem; um grupo sem nada a dizer fica de fora.

insights-summary-days-none = Sua contagem começa hoje.
insights-summary-days-one =
    { $situation ->
        [amicable] Até agora, você se deu 1 dia de espaço.
       *[other] Até agora, você teve 1 dia sem contato.
    }
insights-summary-days-many =
    { $situation ->
        [amicable] Até agora, você se deu { unit-days } de espaço.
       *[other] Até agora, você teve { unit-days } sem contato.
    }

## insights.summary.best

insights-summary-best-all = Todos eles seguidos.
insights-summary-best-one = Sua sequência mais longa é de 1 dia.
insights-summary-best-many = Sua sequência mais longa é de { unit-best-days }.

## insights.summary.urges

insights-summary-urges-one = Você registrou uma vontade comigo.
insights-summary-urges-one-held = Você registrou uma vontade comigo, e deixou ela passar.
insights-summary-urges-many = Você registrou { $urges } vontades comigo.
insights-summary-urges-many-held = Você registrou { $urges } vontades comigo e deixou passar { $held } delas.
insights-summary-urges-many-all-held = Você registrou { $urges } vontades comigo e deixou passar todas.

## insights.summary

insights-summary-hardest = O momento em que elas mais aparecem: { $day } { $hour }. Vale a pena deixar algo gentil preparado para você nesse horário.

## insights.summary.cheer

insights-summary-cheer-fresh-start = Hoje a contagem recomeça, e cada dia que ficou para trás continua contando.
insights-summary-cheer-all-held = Até agora, todas as vontades passaram sem você procurar. Isso foi você, não sorte.
insights-summary-cheer-mostly-held = Na maioria das vezes a vontade passa e você continua de pé. Isso é uma habilidade, e você está construindo ela.
insights-summary-cheer-keep-going = Cada vontade que você registra te mostra um pouco mais do seu próprio padrão. Continue tocando no botão quando ela vier.
