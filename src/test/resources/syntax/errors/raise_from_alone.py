raise from Y
