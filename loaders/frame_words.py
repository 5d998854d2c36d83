"""The words of each language that loaders.frames builds its frames from: auxiliaries, copulas,
determiners, list openers and the like, one table per language."""

EN = {
    "be": r"(?:was|were|is|are|been|being|be|get|got|gets|has been|have been|had been|will be|would be|to be)",
    # "was acquired" is no active verb; "is acquiring", "has been working with" are (the progressive).
    "passive_guard": r"(?:(?=[\w\-]+ing\b)|(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )"
                     r"(?<!\bbe )(?<!\bget )(?<!\bgot ))",
    "by": r"by",
    "det": r"(?:the|a|an|its|their|his|her|one of the|one of its|one of their|one of|another|a key|a major|an early|"
           r"the main|a main|a longtime|a long-time|an existing)",
    "cop": r"(?:is|was|are|were|became|becomes|has become|had become|remains|remained|will be|will become|"
           r"would become|will remain|would remain|serves as|served as|has served as|is now|was once|had been|has been)",
    "include": r"(?:include|includes|included|including|are|were|such as|like|comprise|comprising|among them|"
               r"namely|span|spans|ranging from)",
    "among": r"(?:is|are|was|were|remains|remain)\s+(?:also\s+|now\s+|already\s+)?among",
    "where": r"(?:where|at which)",
    "where_cop": r"(?:serves as|served as|is|was|works as|worked as|has been|had been|is now)",
    "between": r"between",
    # (and what took the holder in as one: "Perplexity added Nvidia as an investor", "brought in X as a strategic investor")
    "counts": r"(?:counts|counted|count|lists|listed|includes|included|added|adds|has added|brought in|brings in|"
              r"welcomed|welcomes)",
    "as": r"as\s+(?:(?:one of|its|their|a|an|the)\s+)*",
    "and": r"and",
    "obj_rel": r"(?:which|that|whom)",
    "receive": r"(?:receive[sd]?|receiving|got|gets|get|getting|secured?|secures|securing|won|wins|win|landed|lands|"
               r"land|obtained|obtains|attracted|attracts|has|had|have|having|enjoys|enjoyed|counts on|"
               r"has received|has secured|has won|has landed|will receive)",
    "from": r"(?:from|by)",
    "verb_guard": r"(?<!\bits )(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bour )"
                  r"(?<!\bthis )(?<!\bthat )(?<!'s )(?<!’s )"
                  # a participle after a degree word describes a noun, it is no verb: "better funded chipmakers such as X"
                  r"(?<!\bbetter )(?<!\bbest )(?<!\bwell )(?<!\bpoorly )(?<!\bwell-)(?<!\bbetter-)(?<!\bbest-)"
                  # "X said joining Salesforce would ...": a gerund as a reported clause's subject has none of its own
                  r"(?!(?<=\bsaid )[\w\-]+ing\b)(?!(?<=\bsays )[\w\-]+ing\b)",
}
ES = {
    "be": r"(?:fue|fueron|ha sido|han sido|había sido|habían sido|será|serán|sería|serían|es|son|era|eran|"
          r"habría sido|haya sido|sea|está siendo|ha quedado|queda|quedó|resultó|está|están|estaba|estaban|estará|"
          r"estarán|ha estado|han estado)",
    # "que se destinarán a X", "se invirtieron 10 millones en X": a reflexive passive names no agent
    "passive_guard": r"(?<!\bque se )(?<!⟧ se )",
    "by": r"por(?:\s+parte\s+de)?",
    "det": r"(?:el|la|los|las|un|una|su|sus|uno de los|una de las|uno de sus|una de sus|uno de|una de|otro|otra|el principal|"
           r"la principal|el mayor|la mayor|el nuevo|la nueva)",
    "cop": r"(?:es|era|fue|son|eran|fueron|será|serán|sería|sigue siendo|seguirá siendo|se convirtió en|"
           r"se ha convertido en|se convierte en|se convertirá en|ejerce como|ejercía como|ejercerá como|"
           r"actúa como|ocupa el cargo de|ocupaba el cargo de|ocupará el cargo de|ocupa el puesto de|"
           r"ocupaba el puesto de|trabaja como|trabajaba como|figura como|pasa a ser|pasó a ser|pasará a ser|"
           r"ha sido|había sido|funge como|fungía como|se desempeña como|se desempeñaba como|"
           # the press's past subjunctive in a relative: "X, quien fuera directora de producto de Google"
           r"fuera|fueran)",
    "include": r"(?:incluyen|incluye|incluían|incluía|incluidos|incluidas|incluido|incluida|incluyendo|son|eran|"
               r"figuran|destacan|como|tales como|entre ellos|entre ellas|entre los que (?:figuran|están|destacan)|"
               r"entre las que (?:figuran|están|destacan)|están|se encuentran|se cuentan|como son)",
    "among": r"(?:figura|figuran|está|están|se encuentra|se encuentran|se cuenta|se cuentan|es|son|era|eran|"
             r"estaba|estaban|figuraba|figuraban)\s+(?:también\s+|ya\s+)?entre",
    "where": r"(?:donde|en la que|en el que|en la cual|en el cual)",
    "where_cop": r"(?:ejerce como|ejercía como|es|era|fue|trabaja como|trabajaba como|ocupa el cargo de|"
                 r"ocupaba el cargo de|ocupa el puesto de|se desempeña como|funge como|actúa como)",
    "between": r"entre",
    # ("ha tenido en Rappi a su principal rival": the perfect and past too)
    "counts": r"(?:cuenta con|contaba con|cuentan con|contaban con|tiene en|tenía en|tienen en|tenían en|ha tenido en|"
              r"han tenido en|tuvo en|tendrá en|sigue teniendo en)",
    "as": r"(?:como|a)\s+(?:(?:uno de|una de|sus|su|un|una|el|la|los|las)\s+)*",
    "and": r"(?:y|e)",
    "obj_rel": r"(?:que|a la que|al que|a quien|la cual|el cual|a la cual|al cual)",
    "receive": r"(?:recibi[óo]|recibe|reciben|recibieron|recibirá|ha recibido|han recibido|había recibido|"
               r"obtuvo|obtiene|ha obtenido|consigui[óo]|ha conseguido|logr[óo]|ha logrado|atrajo|ha atraído|"
               r"cuenta con|cuentan con|contaba con|contó con|tiene|tenía|tuvo|goza de|disfruta de|se aseguró|"
               # (an infinitive only after "tras": "tras recibir inversiones de X" tells a past fact, "busca obtener" none)
               r"se ha asegurado|(?<=tras )(?:recibir|obtener)|(?<=después de )(?:recibir|obtener))",
    "from": r"(?:de|del|por parte de|procedente de)",
    "verb_guard": r"(?<!\bsu )(?<!\bsus )(?<!\bla )(?<!\bel )(?<!\blos )(?<!\blas )(?<!\buna )(?<!\bun )"
                  r"(?<!\besta )(?<!\beste )(?<!\bdel )(?<!\bal )",
}
# (also the perfect infinitive and gerund: "después de haber dirigido iFood", "habiendo trabajado en Google")
ES_PERFECT = (r"(?:ha|han|había|habían|habría|habrían|hemos|haya|hayan|hubiera|hubieran|habrá|habrán|he|haber|"
              r"habiendo)")
# English perfects of irregular verbs, whose participle is no past form: "has taken", "had won", "have drawn"
EN_PERFECT = r"(?:has|have|had|having|'s|’s|'ve|’ve|'d|’d)(?:\s+(?:also|already|now|just|since|recently|reportedly|previously))?"


# What may stand before a company in an object slot: its description ("acquired AI startup X",
# "compite con su rival estadounidense X").
COMPANY_DESC = {
    "es": r"(?:(?:la|el|su|una|un)\s+(?=(?:rival|competidora?|startup|empresa|compañía|firma|tecnológica|fabricante|"
          r"gigante|grupo|proveedora?|plataforma)\b))?(?:(?:rival|competidora?|startup|empresa|compañía|firma|"
          r"tecnológica|fabricante|gigante|grupo|proveedora?|plataforma)\s+(?:(?!(?:de|que|se|le)\s)[a-záéíóúñü]+(?:a|o|e|es|és)\s+)?"
          r"(?=⟦))?",
    # (the words before the head are its modifiers, never a preposition: "quit for rival Anthropic")
    # ... or another company's name: "backs Mistral rival Cohere", "joined OpenAI rival Anthropic"
    "en": r"(?:(?:the|its|their|a|an)\s+(?=(?:[\w\-]+\s+){0,2}?(?:rival|competitor|startup|company|firm|group|giant|"
          r"maker|chipmaker|provider|developer|lab)\s+⟦))?(?:(?:(?!(?:for|to|at|with|from|by|of|in|on|into|over)\s)"
          r"[\w\-]+\s+|⟦[CU]\d+b?⟧(?:'s|’s)?\s+(?=(?:rival|competitor)\s)){0,2}?(?:rival|competitor|startup|company|firm|"
          r"group|giant|maker|chipmaker|provider|developer|lab)\s+(?=⟦))?",
}
# A team inside the company joined or worked in: "se incorporará al equipo de liderazgo de Cisco", "joined the
# board of X" (the company is the party).
UNIT = {
    # (an adjective may come before the noun: "la nueva división de superinteligencia de Meta"; in English up to three
    # words: "the materials and chemistry team at Google DeepMind")
    # ("se sumará al directorio de G42": Latin American Spanish calls the board "directorio")
    "es": r"(?:(?:el|la|los|las)\s+)?(?:(?:(?:nuev[oa]|flamante|propi[oa])\s+)?(?:equipo|cúpula|consejo|junta|división|área|"
          r"departamento|unidad|laboratorio|directorio|"
          # (the unit's name may come in quotes: "el equipo de \"superalineamiento\" de OpenAI")
          r"comité|plantilla|filas)\b[\w\- \"“”«»]{0,50}?\s+(?:de|del)\s+)?",
    "en": r"(?:(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:team|board|division|unit|lab|ranks)\s+(?:of|at)\s+)?",
}
# What may follow a company bought as a verb's object and makes it no company bought but its shares or its goods:
# "will buy Intel common stock", "Microsoft bought Nvidia chips worth $10 billion" (English).
# (nor a name inside a compound adjective: "acquired Arm-based server designs")
NOT_THE_COMPANY_EN = (r"(?!['’]|\s*-\s*(?:based|powered|made|designed|compatible|style|like|branded|built|linked)\b|"
                      r"\s+(?:common\s+|ordinary\s+|preferred\s+)?(?:shares|stock)\b|\s+(?:[\w\-]+\s+)?"
                      r"(?:chips?|GPUs?|TPUs?|processors?|accelerators?|servers?|hardware|semiconductors?|"
                      r"supercomputers?|systems|equipment|gear|devices|memory|products|software|licen[cs]es?)\b)")
