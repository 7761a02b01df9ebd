from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "push_subscription" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "endpoint_hash" VARCHAR(64) NOT NULL,
    "endpoint" TEXT NOT NULL,
    "p256dh" VARCHAR(100) NOT NULL,
    "auth" VARCHAR(32) NOT NULL,
    "is_active" BOOL NOT NULL,
    "browser" VARCHAR(32) NOT NULL,
    "device" VARCHAR(16) NOT NULL,
    "locale" VARCHAR(16) NOT NULL,
    "timezone" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "deactivated_at" TIMESTAMPTZ,
    "deactivated_reason" VARCHAR(32) NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    "visitor_id" INT REFERENCES "visitor" ("id") ON DELETE SET NULL,
    CONSTRAINT "uid_push_subscr_store_i_8dbd9a" UNIQUE ("store_id", "endpoint_hash")
);
CREATE INDEX IF NOT EXISTS "idx_push_subscr_store_i_adb1d8" ON "push_subscription" ("store_id", "is_active");
COMMENT ON TABLE "push_subscription" IS 'A browser''s push subscription, deduplicated by endpoint within a store.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "push_subscription";"""


MODELS_STATE = (
    "eJztXWlT4zga/iuufJnZKqYLAqHZrq2tCpCeYYcGCsLs1BzlUmyRqGLLbh/QzGz/95Uc35"
    "YdK7GNrdYniKzXx/PqeG/9PTItHRruu6luIvzoQmf0Qfl7hIEJyT/FiwfKCNh2cok2eGBh"
    "BL0B7ab6Ub+F6zlA88iVJ2C4kDTp0NUcZHvIwqQV+4ZBGy2NdER4mTT5GH32oepZS+itgl"
    "f6/U/SjLAOv0A3+mmv1ScEDT3zxkinzw7aVe/VDtqusPcx6EiftlA1y/BNnHS2X72VhePe"
    "CHu0dQkxdIAH6e09x6evT98u/NboizZvmnTZvGKKRodPwDe81Ocu1KRtpKo3t3P1YTZX1R"
    "EHQJqFKbjkVd3g65f0FX4YH528Pzk7Pj05I12C14xb3n/dPDoBZkMYwHMzH30NrgMPbHoE"
    "GCegQhMgo4jrxQo4bGBjghy25KXz2EZI9hdcE3xRDYiX3ooiOjmpgPKX6f3FT9P770mvf9"
    "BHWmQCbObGTXhpvLlG8U7wtYHrvliOrq6Au+LBuUDYDN5RQwJ4MoO7R/zwsA7ih4fliNNr"
    "WcQ1B1I8VOAV4b4kVzxkQjbkWcoc3npI+i76Z4jokw/Ub7HxGs6zCvDnV59mD/Pppzv6ON"
    "N1PxsBftP5jF4ZB62vudbvT3N8im+i/Pdq/pNCfyq/3d7MAngt11s6wROTfvPfRvSdgO9Z"
    "KrZeVKCnloSoNULtK90pntapZY02LIC2fgFk3mSupPY9aC6g466Q7RbHx3lI/PHne2iAAN"
    "7iSAh3zgfPcuCn+G4DHA5fowkQtUbDguJoja0yZIuXzLGZbwEYLINPos+mTwphuwCOxxJE"
    "gvZKGUSLerQpffw9Sr6DrLGExepGlHA94PnBC/m2Hi0TlBh+sckwdsmj448PPy18aDRuRk"
    "Fn8urBj69SzulSzvGsNcQ8+29MIJycc1pHzDktl3JOC0JOMjeK6M6wbwYIX5FXAliDBaQT"
    "6u5EnJFlb7jLAffo9m5280GhlH/gi9ubX2b389nlB4WA/Qwd+n47MOPotAYzjvIba8IMei"
    "nLjI4l+nAc92VP60CkD/BSNWB7vrOTnMm8QQPiZs9YMRDpMsKkIF6meW4CZ03YgJeBtAQx"
    "g+fnlmVAgNksZ9LnWL4gN2hrvYtbuuXz+e3tdYbF51fz3Ex7/HQ+IytcwFvSCXkwvaEnHA"
    "j+cqxqUf8O9xTO/WTHNe1oXEdpJr3K94xxQWm2CUZc8MYEwuF7PK4B7/G4FF16KQsuWWeo"
    "hlCE9z8PtzdseFMk+Y0BaZ7yP8VAbkHGbwzofz35WKMoKgsfGWTZct/Rx/67LQZUAE4hyq"
    "wgEdDff5r+mufBxfXteX71pzc4zzFER65m+dgjgOtco75AKJ7IdFJndTkpX1xOimsLeDXJ"
    "jqeaROe2GLptlQ00Tyke3s0vN4alAYNrWCcUwq3mzetX2gpqa8v3VNeDNg/KBcIOwY5sZ4"
    "MEXBr0vwUVK2VW5WRzllKyuddsjq1lu8znHK20mfSZ02nvSU1vRppku09jADO3GbdGgukz"
    "chHBiA/VLNFOuPZsmjQBa8F7nBu5RYA/kla0xD/D14JDo8JFPMBRW+YYJs0OeIldlpnpSr"
    "6efDPcmO8upg8X08vZiDV2G8D1l+ROwxq3dYHNztgMtOQVlJvH6+uNA3lbtAPyoLlnnAN1"
    "zF+R2wg0jjPD0nJ06OyJ0S29hzjDsfUAkGA8lQSBRGOtOhBERVG3RqNBfo81ZduxdJ/c9k"
    "8ZnvqGYRuffYA95L1yQJsmkTIkQ4YkIvxO2leaTkAlW7DgyIzOHSyYPOtTikLOIcYcCncH"
    "PlCzRBLX7YpYtBnvqS9EsaUDA7eutpCarNu1sEiu2R/Vu+ROggKbnbBsbMu1sDaF6MvQEX"
    "1B/dAMQTpzvVKYLri0mxaoY2NK8AApTr+lOM0b77BXmEPfZn3bcQ5r8l1scLfHQEe0fQZ6"
    "dDe7v5jdzD8oNnQ0iL0/8MerX2kE9BMiTyG/7mcz9eGnq7u7q5sfSasDoUpTY2zKlR1Y1L"
    "wr+RkYPmMCnKNlufE8IulOXjtsd3X553h8fPx+fHh8ejY5ef9+cnYYLzPFS1XrzfnVj3TJ"
    "yaBfFJVp4rDrLzzLA4yw9Cro85SSA7txAH6xEVEmd4lUz1BKd2uf3a2+S0RF1UAmYrC5dI"
    "7lqKRzsDh96NB2ae0DHok0SyTMytUYqIgsKpqHnlm7cVUiRYauwwSKSAsYbP6EjMaQYQM9"
    "MatsDxt4G6PKxovLsKbE7t1yM4oVd2nLfEJ0yAVpzBtQShPWU8GvMk29TyvIQYWBJmRyAd"
    "iKPLeYos+2g94kRwwvVX0nQ83NZWCCsSHWCdp/4Lvr6QW11NgG0Kip5m56RX8BRM0206vr"
    "wIoDkPGNJrH3exa0ksUu82llPu1A13CZT9uzfFrNdxyINUaUVoVrKUUj4Jp9XGfQl4/5gt"
    "iykwH9bYzn7YvfHdvP0z4sDvBTVBL8ncH3wBc+3EMCCfk+kKsIa4avs0zelebZPKksccNh"
    "oo1CcfjGe5pKDvrdBz3/9ir31v1hl6VYvqlSLL0b9C2rqrZjPSMdOqoDnyDVd/iMAkxq4S"
    "wEsgy4jHrZNeqFmrB34HGKTEY19Zm/3acu9YyZTQfeyDgQWZWjx7DK8Jpty3rDVTm6TbHr"
    "2YjdN8MuKcYhC50MvtBJEOUlWqWT1uPlykp5ZNDcEjfXUjEPmWr4hpFs7trnMXWE3QU0Kj"
    "V/3Er/Q3e6C41qw3REPtVTbQexjHVV/oAsnUiaUsdOAVn1p3kd1UCY7o7cTq4snUjQdjyo"
    "Q0mHR9ZIk4iEfFsWgjgJY0+1q245v77BW1frSo+rPiXgRBVlGOpEqthMuTKRqm3TWhoOFV"
    "RlEROpWfRA+JWaxdA0ix2UCqlP7C96aZZpAweqYCe1jkUtkLumY14gkxac8B2u7K4MkXDx"
    "L0eHtdYa2q08B+mQYcfgA1nCywevRuBYWg5f1kuKRkSg6+FcBXMxYdfS1hxSdNxfoCVaVl"
    "0Zaki/PNSqfGwPs942I2qtcKSEjLGSwUA9MfXtU2snH4Upz5LpOsLizndXD/4i/cJFy2i+"
    "z0GliZT0pkU1s923GUtHU2XhWC8udL5zFXoLJX2LA0WHum8biEq3urJ4VSDWbYtgpLwgb4"
    "WwApRgHL4b5aBu8r7VZtuIUl0Bd1W/iFIi+MgaSn3aGQ4q7MNZVhfwraghkycU0KzZvM04"
    "Qq2I9JxMgWqkhQG5Snid/TrPyK2Fihux7Hp9e/Nj1D1fhiNnSB5PTnWuwZ1QCAF4B5YHIu"
    "FzIRz1FxDf5hMjpSWiY0tEKGfxDOgUiXC2yuZHtA6fma6lihT2mEI4eJuvCGhYGjC44E0o"
    "JLxb4aVGxL84a9alaYSDuHlBWWak77IF9tz2GzRJk/+3x2YdBnLojqwuUssyBEPhNlmM3Y"
    "3dtL6gx6IWbstso1q3dKTJYgW9hVX6J7ct/g0XK5CZ9V1l1rfp1XwIK+Pe+wHABY9m5vpB"
    "lTczqrGrOlHX9g6v9bHnvMrUjzc+v3bDBQ7ZK0UiXoXIOgJXubxVELf6n/4xeiDruk5WoI"
    "7sbG34lSgmDK9HRQZCRCHMMYId5xwEJxGDhcX0NlXgnqUTSOrtuoC+VOOkvtEuvF3EQ7Yq"
    "Ewe4s4ThiCEVUnDcRZZPGtJ0rpJ0+y+KdRfc08oBXf7CQJq6hlzKRJaqGazfdhi37PN0oe"
    "ZAjwLGHY3JIJWA8wDuQhCe51g3LJNJLMSK0nV8ZnrwMmNj6417kUJksyP/rMbAPysd92eF"
    "WE3DsF4gkcEctESY72jAImk/jgikz5NHBHZ+RODo8eGyI39pHXdp/TMCBxIhB/EPjw8dme"
    "++5TC5x/lFNyi3ECnXvZl/16WiG4gbtvMHZWzc6KA+lX3EYlUUPvsG8rA/jnj87IFaXBIL"
    "g1RKLI1LLEQrdBmCezlbYoJ+MEOoE6YXDsA68wjecn6kaSRLGmfJM7CRru5mR2PRCqjkHo"
    "3rqLmkV4XlsqDqhtg5QTzpjoaeqnsIwYeu7T2YQK1uyupi31yw8uxKXSJM2u58nkeHh0dt"
    "zYbmy1fp0LQ4hdUUlZRQOSRUma9UPrCHWbsqdHQUMh0KcQV1awI1UA5ogNwvLQVUerD1nj"
    "hdhve6CI+6FhGvYANs4gQvUQEKi9vvCVGqjr6QIOXLW+0LF6O4loi4ZQLp98QsH74vIl4m"
    "pII6RW1fsGjs1qf4bqLi5RG1mH7TnmjNwZf7MBZaRJTCnJ09Qaqf2jQYkFqPvEzNwLIYzO"
    "wk3RKNqZrZ3g2nJflhWZ5N5KfMSXrLSE3H4nO6R/07dFNaL3gzXobocpfJA80b0uj6wQdp"
    "ikIiuj0dw2eWWuPOxpjqJsKPrlBK7UEuIyM1srYngMs0l3qg9jXNJRLgGUJWSrYvF64iPa"
    "INoaqQ601BhUt6LylhfWNZ332b962Gg4WDnEeGjSmEK2J0VC/juyLhe4BZ9fNNAF/76E7q"
    "oDspR3fCzKZXFzbHspuikKIsQzkgu6+BoEt2RzUyC3N63EvuIL3vHN53qfbKnHmpTFQqE5"
    "Ghm6FMpGzg5cpEqpoYxwk4ikXPnTGho60A9r5zFXIT0n+NrRdMz6ghCoVCI08tU0F68OsF"
    "6UTPUNYQ2i5tqDwIp7HbV+s4NOhSajVvqdVwhsyKGyXbwpE0JkBcR9/GBAKWCJvUgZf0Kt"
    "cXJwWATeCsoUfjBeizISvBuVJAZNJL8ZBDPByAUtmRvt5KdZAVZ45nTCAcvs0XdQa6Tk/R"
    "K8JbkaOfkMhMnswK0kQmz0ASxztaTxp3YMs4+nLoxYqjz0wq4HqqCyHege95Wsn5vnA+wk"
    "ie/i0td4Jb7t4i06dnmnTvEleGiE8PUjKGAlubxvIpdJC2GjFs5eGVgypTOUj6yBqzQ9pE"
    "Dyos0M9k3eIM/EiRCGiJHk8mtWylkwpb6aRg7rAZwQkVp0jbrMgEEdBt5TAF8kSPaX8uNy"
    "alSLo3JrW/rbRqNuLIFG9+M/v6f2rTgfM="
)
