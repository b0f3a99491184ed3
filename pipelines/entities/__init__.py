"""Entities: spaCy mentions, canonical entities, the place gazetteer, attributed quotes."""
