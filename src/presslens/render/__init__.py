"""Renderers that turn analysed documents into reports and pages."""
