"""Script layer: .rpy text to a checked AST. No state, no pygame."""
