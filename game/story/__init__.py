"""Story runtime: steps the AST, keeps plain-data state, hands events to presenters.

Never imports pygame.
"""
