x = """never
closed