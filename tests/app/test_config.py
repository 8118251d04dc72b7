"""Settings: defaults < site config < user config < environment < command line, from real
TOML files; broken files and values get a message naming the file, the line, the variable."""

from __future__ import annotations

from pathlib import Path

import pytest

from dek_desktop.config import (
    OFFICIAL_API_URL,
    AppConfig,
    ConfigError,
    ConfigFiles,
    ConfigLayer,
    language_of_locale,
    load_config,
    same_service,
)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> ConfigFiles:
    return ConfigFiles(
        release_defaults=tmp_path / "bundle" / "release_defaults.toml",
        site=(tmp_path / "etc" / "config.toml",),
        user=tmp_path / "home" / "config.toml",
    )


def load(
    files: ConfigFiles,
    command_line: ConfigLayer | None = None,
    environ: dict[str, str] | None = None,
    system_language: str = "ru",
) -> AppConfig:
    return load_config(
        command_line or ConfigLayer(),
        environ=environ or {},
        files=files,
        system_language="en" if system_language == "en" else "ru",
    ).config


def test_nothing_configured_means_demo_mode_in_the_systems_language(files: ConfigFiles) -> None:
    assert load(files) == AppConfig(api_url=None, language="ru", ca_bundle=None, kiosk=False)
    assert load(files, system_language="en").language == "en"


def test_each_layer_wins_over_the_one_before(files: ConfigFiles, tmp_path: Path) -> None:
    assert files.release_defaults is not None and files.user is not None
    write(files.release_defaults, f'api_url = "{OFFICIAL_API_URL}"\n')
    write(files.site[0], 'api_url = "https://site.example"\nkiosk = true\nlanguage = "en"\n')
    write(files.user, 'api_url = "https://user.example"\n')
    assert load(files).api_url == "https://user.example"
    assert load(files).kiosk is True  # the site's, not overridden
    assert load(files).language == "en"
    from_env = load(files, environ={"DEK_API_URL": "https://env.example", "DEK_LANG": "ru"})
    assert (from_env.api_url, from_env.language) == ("https://env.example", "ru")
    from_command_line = load(
        files,
        ConfigLayer(api_url="https://cli.example", language="en", kiosk=False),
        environ={"DEK_API_URL": "https://env.example", "DEK_KIOSK": "1"},
    )
    assert from_command_line.api_url == "https://cli.example"
    assert from_command_line.language == "en"
    assert from_command_line.kiosk is False


def test_release_defaults_alone_give_the_official_service(files: ConfigFiles) -> None:
    assert files.release_defaults is not None
    write(files.release_defaults, f'api_url = "{OFFICIAL_API_URL}"\n')
    config = load(files)
    assert config.api_url == OFFICIAL_API_URL
    assert config.is_official_service


def test_a_ca_bundle_path_is_relative_to_its_file(files: ConfigFiles, tmp_path: Path) -> None:
    write(files.site[0], 'ca_bundle = "certs/dek.pem"\n')
    assert load(files).ca_bundle == files.site[0].parent / "certs" / "dek.pem"
    from_env = load(files, environ={"DEK_CA_BUNDLE": str(tmp_path / "other.pem")})
    assert from_env.ca_bundle == tmp_path / "other.pem"


def test_a_broken_file_is_named_with_its_line(files: ConfigFiles) -> None:
    assert files.user is not None
    write(files.user, 'language = "ru"\napi_url = "https://user.example\nkiosk = false\n')
    with pytest.raises(ConfigError) as raised:
        load(files)
    message = str(raised.value)
    assert message.startswith(f"{files.user}, line 2: ")
    assert 'api_url = "https://user.example' in message


def test_a_file_that_ends_too_early_names_its_last_line(files: ConfigFiles) -> None:
    write(files.site[0], "kiosk = true\napi_url = [\n")
    with pytest.raises(ConfigError, match=r"config\.toml, line 2: .*end of the file"):
        load(files)


def test_wrong_values_say_what_is_expected(files: ConfigFiles) -> None:
    write(files.site[0], 'kiosk = "yes"\n')
    with pytest.raises(ConfigError, match="'kiosk' must be true or false"):
        load(files)
    write(files.site[0], 'language = "de"\n')
    with pytest.raises(ConfigError, match='\'language\' must be "ru" or "en"'):
        load(files)
    write(files.site[0], 'api_url = "ftp://files.example"\n')
    with pytest.raises(ConfigError, match="is not a web address"):
        load(files)
    write(files.site[0], "api_url = 42\n")
    with pytest.raises(ConfigError, match="'api_url' must be text in quotes"):
        load(files)


def test_a_file_that_is_not_utf8_is_named(files: ConfigFiles) -> None:
    files.site[0].parent.mkdir(parents=True)
    files.site[0].write_bytes('language = "ру"\n'.encode("cp1251"))
    with pytest.raises(ConfigError, match="not UTF-8"):
        load(files)


def test_unknown_keys_are_warned_and_ignored(files: ConfigFiles) -> None:
    write(files.site[0], 'api_url = "https://site.example"\ntheme = "dark"\n')
    loaded = load_config(ConfigLayer(), environ={}, files=files, system_language="ru")
    assert loaded.config.api_url == "https://site.example"
    assert len(loaded.warnings) == 1
    assert "unknown setting 'theme'" in loaded.warnings[0]
    assert str(files.site[0]) in loaded.warnings[0]


@pytest.mark.parametrize(
    ("variable", "value", "problem"),
    [
        ("DEK_KIOSK", "maybe", "DEK_KIOSK must be 1 or 0"),
        ("DEK_LANG", "fr", 'DEK_LANG must be "ru" or "en"'),
        ("DEK_API_URL", "api.lk.dvec.ru", "DEK_API_URL: 'api.lk.dvec.ru' is not a web address"),
    ],
)
def test_bad_environment_values_name_the_variable(
    files: ConfigFiles, variable: str, value: str, problem: str
) -> None:
    with pytest.raises(ConfigError) as raised:
        load(files, environ={variable: value})
    assert problem in str(raised.value)


@pytest.mark.parametrize(
    ("text", "kiosk"), [("1", True), ("yes", True), ("0", False), ("off", False)]
)
def test_kiosk_switch_words(files: ConfigFiles, text: str, kiosk: bool) -> None:
    assert load(files, environ={"DEK_KIOSK": text}).kiosk is kiosk


def test_a_bad_command_line_address_is_refused(files: ConfigFiles) -> None:
    with pytest.raises(ConfigError, match="--api-url"):
        load(files, ConfigLayer(api_url="localhost:8080"))


def test_the_official_address_is_recognised_in_any_spelling() -> None:
    assert same_service("https://API.lk.dvec.ru/", OFFICIAL_API_URL)
    assert same_service("https://api.lk.dvec.ru:443", OFFICIAL_API_URL)
    assert not same_service("http://api.lk.dvec.ru", OFFICIAL_API_URL)
    assert not same_service("https://api.lk.dvec.ru.evil.example", OFFICIAL_API_URL)
    assert AppConfig(api_url="https://test.example:8443/api").service_host == "test.example:8443"


def test_system_language() -> None:
    assert language_of_locale("en_US") == "en"
    assert language_of_locale("en-GB") == "en"
    assert language_of_locale("ru_RU") == "ru"
    assert language_of_locale("de_DE") == "ru"
    assert language_of_locale("C") == "ru"


def test_standard_files_are_the_platform_config_dirs() -> None:
    standard = ConfigFiles.standard()
    assert standard.user is not None
    assert standard.user.name == "config.toml"
    assert standard.user.parent.name == "dek-desktop"
    assert all(path.parent.name == "dek-desktop" for path in standard.site)
