class ConfigError(Exception):
    pass

def read_port(cfg):
    try:
        return int(cfg["port"])
    except KeyError as e:
        raise ConfigError("port missing") from e

def start(cfg):
    port = read_port(cfg)
    print("starting on", port)

start({"port": "8080"})
start({})
