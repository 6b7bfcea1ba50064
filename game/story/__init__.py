"""Story runtime: steps the AST, keeps plain-data state, returns events for presenters.

Never imports pygame.
"""
