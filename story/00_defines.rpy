# The Scars Run Deep - characters and story state.

# Speakers. Each is tied to its sprite tag, so `i crying "..."` changes
# Izumo's expression while he speaks.
define i = Character("Izumo", color="#e0485a", image="izumo")
define k = Character("Kaori", color="#9fd3ff", image="kaori")
define c = Character("Chishioyaiba", color="#ff2a3d", image="chishioyaiba")
define y = Character("Yamamoto", color="#c2a56b", image="yamamoto")
define e = Character("Quinta Espada", color="#ece6d6", image="espada")

# Choices.
# Chapter Two: did Izumo first hold Kaori close, or throw himself into the kido?
default held_her = False
# Chapter Four: did Izumo fight inside Kaori's wind, or in front of her?
default rode_her_wind = False
