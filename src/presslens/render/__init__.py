"""Views of a :class:`~presslens.model.Document`: terminal (rich), standalone HTML, JSON."""
