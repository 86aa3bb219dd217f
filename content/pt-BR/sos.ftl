### Segurança, ouvida em qualquer momento: o que o bot diz quando ela pode estar em perigo ou
### em desespero, o /sos, e a pergunta sobre o país em que ela está (para que os contatos
### de apoio sejam os que funcionam onde ela está). Respostas ao que ela acabou de digitar;
### nada aqui chega sem ela pedir.
###
### Fluent (projectfluent.org): o bot preenche cada { $nome } (os nomes ficam em inglês);
### { $situation -> [abuse] … *[other] … } adapta um texto a como terminou (unsaid usa a
### variante [abuse] se não tiver uma própria); { $count -> [one] … *[other] … } escolhe a
### forma do plural. Veja o README, "Her language".

## sos

sos-danger =
    Estou te ouvindo. Sua segurança vem antes de qualquer coisa que a gente estava fazendo.

    { $lines }

    Se ele estiver na sua porta: não abra, e não saia para conversar. Ligue para alguém em quem você confia e diga onde você está.
sos-despair =
    Que bom que você me contou. Você não precisa carregar isso sozinha esta noite: por favor, converse com alguém agora. Essas pessoas estão lá exatamente para isso, a qualquer hora.

    { $lines }

    Eu sou um bot e não posso ser essa pessoa, mas continuo aqui, e vou estar aqui depois que você ligar.
sos-sos =
    Você não está exagerando. Aqui está quem pode ajudar:

    { $lines }

    Se ele aparecer: não abra a porta, e não saia para conversar. Ligue para alguém em quem você confia. Se ele já foi violento ou fez ameaças alguma vez, ligue para a emergência na hora.
sos-abuse =
    Sua segurança vem primeiro, antes de qualquer outra coisa que a gente faça aqui.

    { $lines }

    Você nunca deve a ele uma resposta, uma explicação ou uma despedida. Eu nunca vou sugerir que você entre em contato com ele. O /sos mostra esses contatos a qualquer hora.
sos-unsure = Quero conferir, só por precaução: você está segura agora?
sos-safe-now = Que bom. O que a gente estava fazendo continua onde paramos: siga quando estiver pronta, ou mande /cancel. O /sos traz esses contatos de volta a qualquer hora.
sos-shows-up =
    Se ele aparecer:
    • Não abra a porta, e não saia para conversar, por mais calmo que ele pareça.
    • Ligue para alguém em quem você confia e diga onde você está.
    • Se ele já foi violento ou fez ameaças alguma vez, ligue para { $emergency } agora. Você não precisa esperar ele fazer alguma coisa.
sos-shows-up-elsewhere =
    Se ele aparecer:
    • Não abra a porta, e não saia para conversar, por mais calmo que ele pareça.
    • Ligue para alguém em quem você confia e diga onde você está.
    • Se ele já foi violento ou fez ameaças alguma vez, ligue agora para o número de emergência do lugar onde você está. Você não precisa esperar ele fazer alguma coisa.
sos-country-header = Contatos de apoio — { $country }:
sos-country-guess = Se o seu país for { $country }:
sos-emergency = • Em perigo agora: ligue { $number }
sos-line = • { $name }: { $reach }
sos-elsewhere =
    • Em perigo agora: ligue para o número de emergência do lugar onde você está.
    • { $directory } reúne linhas de apoio gratuitas e sigilosas, país por país: { $url }
sos-more = • { $directory } reúne mais linhas de apoio gratuitas: { $url }
sos-ask-country-guess = Para eu te mostrar contatos que funcionam onde você está: o seu país é { $country }?
sos-ask-country = Em que país você está? Digite o nome, ou toque nele aqui embaixo. Eu só uso isso para te mostrar os contatos certos.
sos-which-country = Qual deles você quer dizer?
sos-country-not-found = Não encontrei esse país. Tente o nome completo (como "Argentina").
sos-country-kept = Tudo bem, deixei o seu país como estava.

## sos.buttons

sos-buttons-safe = Estou segura agora
sos-buttons-need-help = Não, preciso de ajuda
sos-buttons-shows-up = Se ele aparecer
sos-buttons-friend = Pedir para minha pessoa de confiança me ligar
sos-buttons-where = Estou em outro país
sos-buttons-where-unknown = Mostrar os contatos do meu país
sos-buttons-yes-country = Sim, isso mesmo
sos-buttons-other-country = Outro país
sos-buttons-rather-not-say = Prefiro não dizer
