# The Scars Run Deep - characters and story state.

# Speakers. Each is tied to its sprite tag, so `i crying "..."` changes
# Izumo's expression while he speaks.
define i = Character("Izumo", color="#e0485a", image="izumo")
define k = Character("Kaori", color="#9fd3ff", image="kaori")
define c = Character("Chishioyaiba", color="#ff2a3d", image="chishioyaiba")
define y = Character("Yamamoto", color="#c2a56b", image="yamamoto")
define e = Character("Quinta Espada", color="#ece6d6", image="espada")

# Scene light. Backgrounds and CGs are drawn lit; sprites are drawn neutrally and
# take the light of the scene they stand in. A background named in a light's
# scenes=[...] casts it, so `scene bg home night` lights its sprites by itself;
# `light NAME` / `light None` changes it until the next scene.
define light.night = Light("#7f93d0", 0.5, scenes=["bg home night", "bg forest"])
define light.dusk = Light("#f2a868", 0.4, scenes=["bg home evening"])
define light.moon = Light("#b4bfe0", 0.4, scenes=["bg hueco mundo", "bg hueco mundo blood"])
define light.hall = Light("#c8a878", 0.35, scenes=["bg first division office"])
define light.blood = Light("#e8483c", 0.6, scenes=["bg hueco mundo red"])

# Choices.
# Chapter Two: did Izumo first hold Kaori close, or throw himself into the kido?
default held_her = False
# Chapter Four: did Izumo fight inside Kaori's wind, or in front of her?
default rode_her_wind = False
