"""The wizard's pages, one module per page (its Designer form is ui/<module name>.ui)."""
