### Quantidades com a sua unidade, na forma do plural que o número pede em português ("1 dia",
### "21 dias"). As outras mensagens as mostram como { unit-days } e recebem a quantidade ($days).
###
### Fluent (projectfluent.org): o bot preenche cada { $nome } (os nomes ficam em inglês);
### { $count -> [one] … *[other] … } escolhe a forma do plural pelas regras do CLDR para o
### idioma. Em português do Brasil o CLDR põe o 0 em [one]; a variante [0] vem antes para
### dizer "0 dias", como se escreve aqui.

unit-minutes = { $minutes ->
    [0] { $minutes } minutos
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
unit-days = { $days ->
    [0] { $days } dias
    [one] { $days } dia
   *[other] { $days } dias
}
# A melhor sequência dela, ao lado da contagem de hoje.
unit-best-days = { $best ->
    [0] { $best } dias
    [one] { $best } dia
   *[other] { $best } dias
}
# A sequência que um deslize acabou de encerrar.
unit-ended-days = { $ended ->
    [0] { $ended } dias
    [one] { $ended } dia
   *[other] { $ended } dias
}
