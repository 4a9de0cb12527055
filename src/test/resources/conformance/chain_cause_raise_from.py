class ConfigError(Exception):
    pass


def load(settings, key):
    try:
        return settings[key]
    except KeyError as exc:
        raise ConfigError(f"missing setting {key}") from exc


print(load({"port": 80}, "port"))
load({"port": 80}, "host")
