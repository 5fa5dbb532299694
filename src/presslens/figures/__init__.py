"""Finding the figures an article claims: numerals, hedges, what they count, filters."""
