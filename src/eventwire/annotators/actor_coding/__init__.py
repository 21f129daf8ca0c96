"""Actor coding, the parts of the actors annotator (``annotators/actors.py``), in data-flow order.

- ``words``: word lists and dependency labels;
- ``dictionary``: the actor dictionaries (countries, named actors with dated roles, sector words);
- ``structures``: per-article records (hits, phrases, resolutions, entity states), token helpers;
- ``phrases``: which tokens are actor-like and the noun phrase each heads (mention finding);
- ``search``: antecedents of pronouns, descriptions and short names (coreference candidates);
- ``book``: entity bookkeeping (new entities, their mentions, a chain's merged evidence);
- ``entities``: linking a resolved phrase to an entity;
- ``compose``: what a phrase resolves to from its own words (compositional codes);
- ``chains``: the whole article (appositions, surname chains, the emitted entities).

Each per-article class extends the one before it, so one object carries the article's state.
"""
