label start:
    jump endng
    call intro_scene

label ending:
    return

label intro_scenes:
    return
