from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "webhook_endpoint" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "url" VARCHAR(2048) NOT NULL,
    "events" JSON NOT NULL,
    "description" VARCHAR(200) NOT NULL,
    "is_active" INT NOT NULL,
    "secret_sealed" TEXT NOT NULL,
    "secret_hint" VARCHAR(12) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE
) /* A merchant's URL subscribed to some events, with its own signing secret (sealed). */;
CREATE INDEX IF NOT EXISTS "idx_webhook_end_store_i_02c8d3" ON "webhook_endpoint" ("store_id", "is_active");
        CREATE TABLE IF NOT EXISTS "webhook_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "event_id" VARCHAR(40) NOT NULL UNIQUE,
    "kind" VARCHAR(40) NOT NULL,
    "shopper" VARCHAR(300) NOT NULL,
    "payload" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE
) /* Something that happened in a store, written in the transaction that made it happen. */;
CREATE INDEX IF NOT EXISTS "idx_webhook_eve_store_i_169c9b" ON "webhook_event" ("store_id", "created_at");
        CREATE TABLE IF NOT EXISTS "webhook_delivery" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "shopper" VARCHAR(300) NOT NULL,
    "status" VARCHAR(10) NOT NULL /* QUEUED: queued\nSENDING: sending\nDELIVERED: delivered\nFAILED: failed\nEXPIRED: expired */,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMP NOT NULL,
    "locked_until" TIMESTAMP,
    "claimed_by" VARCHAR(40),
    "last_status_code" INT,
    "last_response" VARCHAR(1000) NOT NULL,
    "last_duration_ms" INT,
    "last_error" VARCHAR(300) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "last_attempt_at" TIMESTAMP,
    "delivered_at" TIMESTAMP,
    "endpoint_id" INT NOT NULL REFERENCES "webhook_endpoint" ("id") ON DELETE CASCADE,
    "event_id" BIGINT NOT NULL REFERENCES "webhook_event" ("id") ON DELETE CASCADE,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE
) /* One event to one endpoint: queued, retried with backoff, then delivered or failed. */;
CREATE INDEX IF NOT EXISTS "idx_webhook_del_status_5b6f00" ON "webhook_delivery" ("status", "next_attempt_at");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_endpoin_a71552" ON "webhook_delivery" ("endpoint_id", "shopper", "status");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_store_i_a9c937" ON "webhook_delivery" ("store_id", "created_at");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "webhook_event";
        DROP TABLE IF EXISTS "webhook_endpoint";
        DROP TABLE IF EXISTS "webhook_delivery";"""


MODELS_STATE = (
    "eJztXetz47a1/1cw+pJkRtlZy2tnr9vpjNZWEjde27XsJLd1hwORsMWaJFg+LPu2+d8vAD"
    "7EB0gREklTML4kaxIHpH4HBM77/GdkYwNZ/oepYZvOHPm+iZ3RCfjPyIE2Iv/g3h+DEXTd"
    "9V16IYALixFAOlLzM0MXfuBBPSA3H6DlI3LJQL7umW4QPWw0Bb756CDje9MBCw+vfOQB/A"
    "CCJQJsNqBjx8cW+gDOA5/8gZ9MBHToeSbyAQQedAxsgwA/IedPADvWKyWljzawTp5tOo+d"
    "PeXeYRe+8cH85+n3k6NjYPrgCbnBBzAnTyOPBjgMAHIMH5jBn8g8LvT9FfYMoC+h84iiW+"
    "gZea9kUvSBvnbomP8OkRbgR0Qe4ZGX/8c/yWXTMdAL8umf/xk9mMgy2L9HIfklmmlQSjIZ"
    "MjQYjOh49OJ6ERv8ZIqYq05oWZRnry5jGaN8IUxif/xBB7pPGntCbi1Ez2DXtYT2dAm9H9"
    "lIivdC07EV2s56tPsaLLGTDifsoFcfkYM8GCAjsyjoS8WLKLkUAUEuBF6IUgSM9QUDPcDQ"
    "CtY/ibzB+tpI0y6vbrX57FbTRqVll1Bk1kh8iS4EgobpBD77/TZ80SzkPAZL8ufxpz+i56"
    "xxiEbRB/46vTn9eXrz7fGn7+gDMVn30VdxGd+ZsFt/sClgALU1G9cw6x6i0FA2luA+I3cC"
    "00Z8yPOUBeiNmPRD8o9tGJFcWHNi/U33wIoa6G/Pv87mt9Ov13R62/f/bTG8prczemfCrr"
    "4Wrn57XGBTOgn47fz2Z0D/BH+/upwxOLEfPHrsietxt38f0XeCYYA1B680aGQxSS4nl8jQ"
    "NZst6Adkn0TOFowu0ipWD5rV6bYsyOYsXQssjjdNxeH2OczOYEjw5/C4+ojMU7VzVDZh6m"
    "jUy1E5+fixwVlJRlUeluzeHzmkE/lJ8wNouyJolyn7Q3zvxJPC0uaJfudOULOsueKfGa30"
    "fUP4kb7E95ODTz98+nx4/OkzGcJeNL3yQw3o55e3BFEqVD88ceU9ClcZ3R+xh4gG8Qt6ZS"
    "CfkzeCjo44oGZVtLt4rj1D+I9kCSVX16eVB1epKpJdWQQA8rNREH300/np9GwW6S4LqD+t"
    "IPnOc3jTO3iCC1fSseVb9sQuXoEO2ayN+FfQdy5BX6U6J3zZpDcna2Gj0lwN7WbtUUjBq/"
    "zKm37gMR+Hq9618HWPa9Q5ZEPTEjmnUgLpdOfJUZPTiYyqFgiOSudTeqwvob/cSh5ICCUU"
    "BzoRwZSBohp98gONK8d6jb+zPdFx4i2hpOKUpJbq83W9PPzE6FhaHF9iyh9/uUEWDGIDcY"
    "04k7E479lCqJJoch+SjewF8vyl6e4I1jwg0uLXdDaZ8OpUbiPr3WbQzp4Re2RZeisMqZfh"
    "0sEaSkdvdH/MsU0kNeoqCJYwAEsyP+GdAQJM3QUeNkI9ANgD0CH/NZAXDYPgwcIrctFfEa"
    "aDb+lQU0dgRZ4LDLxyxiUPSFcPuic8w/oT0Al0gHJmnJlvBX1ANhlkjNfz2vgZGd/9CaAX"
    "F1ITF8BEswGE6Rh4oeOPqScEuMgjEy8xeUkPmAF1z+jIo3cXr2C1NPUl9ZrQ5+hklwC6BU"
    "2bOlnAg+n5wTaOlOR14uMpc1j15k75Yj6+F4H7fyaTw8MfJh8Pjz8fffrhh6PPH1PJu3yr"
    "TgT/cv4TlcJz5+JmsZwuar60OHNCu6Rz5ziR0A5ZYBxd35yfzrSzm6vrk+iL1QwPu/fOl+"
    "npL9r5pTa/vTr95YR9rxr12NJPmNy9ufptPtOmX6aXZ1eXX2eXtyext1SDC+oCdWzy3d87"
    "N7Pri9nl+fznaIiHXCJzmv4yuvsbmZ8+5wSsyNT0EffO5ew3bXpzc/7r9GJOfhAisofnmc"
    "/kp947Vzdnsxvt7prKOeQm2yW00KWCoF/cxhqJvY30jBo1o6Rl0HVUXi5/nV9d8j/WZHxR"
    "xjXJlvhfYJl+Z4aw0Z8fQkenqwAsQtMKTMf/QB/7l66MvjVQU3xy4m0C8bdfp78X0T+9uP"
    "pSlFvpBF+U+vEeXSqF01jIb5YnVa6zIfM52uyFTI9Zkq08DANjZzsmyIxJLJK9xUDNEylY"
    "y7D6VMsWAzVLonxhm31hDK8WnGHzZJ49g7epIyy7rvieMM5+0AKu1+uZ9msvaApsfhfcDC"
    "07iloA9iqZR05Ysyf2oDy3qcXuK/SeRrUGQDZi3ND+ZyeDN5r/fsYrcssDELCP+hufWr5M"
    "TFQ24OvQAd9G6jfIqN9jqlZ/H1na7sPJx8nxd2AJfWBh/ISME4CgvmSBxiUTYJcPu3cC+I"
    "R8FlHtsdjmBw/bYIk8RE2MRP6jljsbP1MLpEnm9TEIVjix4BFKh1n02ItQCyCbpMqQ94/1"
    "WUEJRv9UTu43dHIzFpRgrfa9JuOHbEHb1uXauu0pdAJeBEG9DpwSKTPHoNVfpVQopWIgQt"
    "pmpeKthbSbkJ+dlhvQVETzwob5aVdEFqEuHyIt2URQIS9J5RkqoSTuSbigWV7sSrj4F9ID"
    "8IA99jfW9dDzEFlXH8AtEYyiNQGe0Cswy+JZZ08ishm5RD2o37PUtccQEukqQOgELPGKiV"
    "0E/teMLPZAFisT5dbzRn5ZIiAC9GL6gU89ukY0M1lbhknxghaI3DiR85i8QYioV9YHhBUm"
    "eQ7NpvNDXUfI8NkLNRDwEn9bDAL7Z/Tr2VJNX7AkBObcu+TzDsIIc/KoHb26dAvPzZ3ZxT"
    "lvS+Ro5UdWfmTlR37vfuTMptBYV1qTDHmhbKsuHTeKUD2uiVA9LkWo9hxzPTCjXA9B15nj"
    "t/EyXpNIuIzbz7vKiDUCKOepFNANgFahPZXQ9x3asxbRtxGn1tQ9ptK6iGg+BEJRqWp2eX"
    "Z++RMRqSL6e2fOBCCfyT3zX86vr2dn5M8nk5z9xjayy0GTc/Wg+lg9KJ2qsdpU4k69IXJN"
    "pSyRg7ZEegj6WMiKv6ZQuesqcUp9SGkCVGTtEeRxhkxFLA6av8pl03ps3bPpmwQjMVTzRC"
    "pkUXnC3iS8Ll6GLeD663qm/Vq3TYHNf7GiTsaMKpI6kzi+D4HE2bNonld5EO80YfYU2i4k"
    "K3rEccKm98Z1/lc9O6pBZVA39JdZXygkGvIjdQ7Q2p3rKDY/XFBCmv88ZpFmNI2V5q4ysa"
    "nkZ21xXsEc07WNgoh7/eaWvheHYGdBbk/kZ4mox8n4HpVjPSQr1+5HRT44bmJgKgrqGQPT"
    "cVE/DszAErJ2pwQSGroPJo0MeJMaC96kZIFYYONVBOBkvHT2nU+N7Dufauw7n8r2ndATcj"
    "rGw2Vcux8bwUuH1difywCbupiBMhkv3fLtDGCbyENCCCcECuKGEEPmwOPoLdUexwzJMJyO"
    "9HnSOB2DgLNrVwrL8ej+jHifj8lJM2iJOXsAEgR0IQkjQ9LjFuJgz4ZWXxtJ247YWFUVgT"
    "lD0iPM0OoJ48NJA4wPJ5UY01sFgzT0TEifJbBPZ2nURt36Rr2H0SG+vkRGaCFDkAej+enP"
    "s7O7CxYDkszBYkSiqBE/iRo5nV6ezi7YOJ3+bIuN+3F6zi49QDN59psr94m9q8S+jV5R5f"
    "beC7eohXVoaQkjmh5MeSr5tIjWvyMVRPIuviZyXHnbsTlPqUJJhsxlwqpHFCARb02WpD8t"
    "dF80UCrxhLwYh+oTKEMi3fFz2MiGdVhjwjosW7BU/JMK1BlIPMkuKesqmuTNo0k8bs11dn"
    "1cH0XiNSuuXg2AcNzGeqGtLQlRaunOYRyFZHIP6ZguI80hYzpMVI8TcVt//0yQlwpuGdKB"
    "MwbVwS2sj7GI2JQSSNemqP0Uwz20XGI34q6I0fLqenZ5AijlvXN6dfnr7OaWGSaxQ7azYC"
    "iGSJUc3nFyOMNL06EbELVqq/rdvAmUIWPIhgxa75KwwXlkMiTXOfkFYwtBh89yLn2B5Qsy"
    "QVf7XXqlXz5/ubq6yLH4y3mhAs3l3dcvM7LDMd6SQWak35QtH+z/ArtaMl46m0cngZMuwU"
    "gI3pRAOnzb97WTfYZqCGV4a0Ki1iTD8LRLVYfBMH0dh05AADeEVn2JUD6R6VOzwOGauOFy"
    "B9NXGpuj0e5sWCjDoEwpH97tbzfM5SzupJZzN+/AQb1E+hMOA80PkCuCcomwz8SZ2KK4l4"
    "CriID3oGJljM2CbM5TKjYPms2ptWyb77lAq2wmQ+Z0zv8iyOkireL0kDnt0SYpDOYSm2ut"
    "Yjk6ZQ0TsIalPlS+EFrpLizRqRCrSmgT97Tg1sWjV9vXsLevmGOi5qASoXzmifbNQSlo1r"
    "b9b/kzqG9syN+YCqpUReUGDKuKVd20C6micgMsKkdeAVzeXVw0iwMm2oS9YwgwjV09J9NI"
    "tI7znkEVKt0EJtZ5ZkeIJGsJ3HkoOfvsKsLJk0+yPqRcM5NhrcaV/yP1LiWNuGv7lGVaUK"
    "vw6SHJQGNQHT797xA6gRlwSp9UQpslUeI7R3wn2tN2tnGjVaV3cDB7CBpXjvW6Pnj2QQuO"
    "v/Z63xfbhEX2pwyF+oY431DmMGkOap5I4bpZB04O+B1VtSTzbc/AbaqoZT7WzQpwIivtju"
    "r1eiZJgc1/sEPq3ZzqeRzBPKsDVgvmRnZUo17NhdbJrNR3XMibjQNxx2SWZgLiSOKTqNlx"
    "GCzwC+1xPAYrzwyCOAmq2KS53UfcOwv0QFY1gA5ZwOQxwPRZJ7DdKozH/jWi07htp5EmZd"
    "zzGbFt5qlmwIwfolum/tRlsuo4FxDXKlrpvtfNj8iaFpOq4938lHz/9F51VNXTmt7ro6d1"
    "XMewzIK5DS2r2nOyJpPIbXI4+eE4RZ/+UYf3/Ov04qIshVd3Dtic/fsWXQQyTTpE8n9Pif"
    "I3Pf/pktYijGagDb6/nl+ezW5ob2+bPtWL23TH7bnvnend7dXX6e35FaFbby/FY7dRaHXr"
    "lVaru7vzP4GdOroPbf133QpdLDJrp4CsoUHbspavL6HjIKGk9gxJn91yiaAsuKtsuV4/N1"
    "iunytX62d+TnuARSDO0ki4IXRROsCFrxaGnLOyOhM0Q9J/JujbBDd1UwYfu6YusrxTAvnW"
    "dvs5h6rJgGoysGdNBvavZhEZGoqXWv/b3eyOlimKqHlF1s9mF+e/zm7ooNgaWS6yfu/Mfr"
    "8+Z2PQi2t6W1Y7ap2Nsf2Pw8jK3SdLotIfSnVWClbVEq71zmkOuYQ+6j3xSTeKzLYws9iG"
    "TsArG1bP7SKtisEfMqd1CxIeGNpCSLjIU8knDLef4WJBnxZ5oBJCRUpR5dnEI1UWofIpxX"
    "BCnseLIK+pc5Kjkq7WSSfV0FX1jXdxNlB3/Hbti1SO6z7wN1XstmBykVZxesiczoRgiG7Y"
    "OUrF5SFzuRyoUmJ2XUAJl1wiQbOXCJNsfGwuXqxxcHeOSiL42/P89h4xLzmgKg+/A0zLwZ"
    "xNoS1TqkWrCh2oQgdDzkYQK3SQ/cRbAPc69JfzwpT7tYobw1zeGzejnQ3t3DlZaT2VnAgX"
    "5E9VtKPvoh1FSbeVVdsoxW5PUa3KsONDmldyWwB3mk54E0q8L3CNAzvUnVHVQvqtFnIWd6"
    "k4pQ5EXmJi9v64Njmx2O+i7cohqczJHlCsG6JqfPRZ40O0+uVORS+HJvx3HROwXylS4kCP"
    "rmc3p7PL2xPgIk9HTnDv/Hj+O4sfNF9YOOHNbKbNfz6/vmbBhw8eQpq/NF2XcmULFrXfZ+"
    "IZWiGvgnWNGT0lkSaOsGfDuW06GlH0AhxATvBZHfRFSsWB7TgQRfP627SxzFEqd+GQ3YUh"
    "LeegWaZtcthc+Y0VqJQNtfz50KXta6GPRCTSPJE0O1droJpkU9ED81m0n0SOrsd+EokWsL"
    "ftJJRXUHlXBmJ82uxdqTY5dWlUmdFs53noJpVgRhzDSmnMuM64EuVP+4XhG0tATZ2k4BII"
    "ljAAjyjwgYOBTSssRQWZHjxsAwgYlCcgdGJXygIZY1q5yUP/QjpZOOCB/PGIsfGhqIB19p"
    "B6I1DUiV5Zgd7SChTxoITrhjIAQzdPbGkH6qQIgIegz/MF1/WZSSgkxLj9ZHQDBYJreE2h"
    "kkJUUoiyGii1QKkFSi1oohZEfmmOLpA6rKsVAJwO6cqr6oT2glys7ceQRbaboprZJ6TSYk"
    "f1OwOCzyKkEyeFdVWjiaFth+Ma9SNesQKy25pCCccNhOP9q3uzlTM6rnHjJjVuri+mp9Qb"
    "7VpQp+7o6+k5/QuapUo3w3BGKzW8azWc/V9kn4nHS6chHkwaVWWa1JRlmpQ0RJdgJARvSi"
    "Advu3v4bFptgxvdRnJDEn/ZSRHf34IHZ01DliEphWYjv+BPvYvXTGgBvBOikvqoeeJFu3L"
    "0ki4Zx82WfTVa74ktmwVJPQ2AULdi989xwhl4/QEwM9QKfC3Bj+AL2K4xwQK8l0g10xHt0"
    "KDF9ZTG4JSJO0xCiW9srdhKEm6gdh6z1KpRb/9ohc/XtXZujvspRSbxj7LIqEqzbg5DcOF"
    "rzYtWWYjglVFQkaFflqilFFob11VdT38bBrI0zz0gKi+I2YU4FJLZyGYNPLRT2p89BPlo3"
    "+nPnpqwt6CxxkylbkxZP4+IGRQV7VG4Oeq4PVN6zjkEqVxtNG8LkVIxzY94csI36KXTehm"
    "aCU4neq+n9nvt/Xm0/Tzubi6/CkZXrSpVrBAfB8rkKq9bNB7WWg9mBYTo+vc0BWc5hFL8L"
    "F13YewIiSmhHxtudDKOSQ6THqvGapKW45UacthY6oqL6og4H0KAlYV1TqtqKYKAHZXAJAj"
    "Y7WA81lmKjmBrpZNdyhZlymBh56Rw+svKFK9bl04cPaM9vEArGJGPma1BaRY2kRTkPblHM"
    "sXtwiQ3QZI52QemTDqPEsnWlVVqTrpmtuQrxPtB2zg5lR94AfIBfgBQAcw6m988C8ceg56"
    "BfAhQB4wA7CCfhyWPgaQ5tsjYCOPNrAPgIdc7NEsejPgJOm3Pj0nm6gudSgCpNXUIZVt02"
    "e2zbtIBmFFB2l+BwtIpMkfV3e32o9XN1rc+Ph/TwAOA+2BSGuJBFHVFPl0enk6u2DZIjrF"
    "xNoyYaR9Mx8R5D1TLHMqQyKdHfWgkUv9oMalflB2qdPt/om8gxZ6Qrk5RToZ0W4Idy3eKo"
    "bhffqFsnJEwxM+S6Ist5tNjGmu+Y72hKZ12IcGb1NrQnZdDa7OAFP5qhSYRB/cpL+YybhW"
    "iw40UhParCnwFEb7VQtTK52jV50j4lxT2SkePmQNY0uh6biJDnBcrQMc72FKc2/gdhJSS3"
    "5qoLmeyQtirgufyNPJJK70HDPx7xA6gRlwHCOV2GdJZEK+NRe/ZTr0KBdO/snTyQRtz4ta"
    "aT9K+1HaT632c+1hI9S5zpvk1rhO83Ezg7qqtUYF1QEVWtPJ/I/Ye1Wa0aA2qbHSjJRmJJ"
    "9mtIVSpPShFmLIse1CsuXDrdRSHrVE0bo988K0abMkQc9gjki5BRu6BQVBVvAKel0T0VEA"
    "4yyNjEC3H0xAhHX9SUCKTsdLtEWrjmH7WqrJQy75PEx/qRnwlRNBVrmMy4RqPZfhJeo6LZ"
    "CJDG1roOumUJBzZOnhxBoNDGmZQo1C19iSy3lKCSPKaJsp48qxXkdp1sKesr2Uc6FSg1UO"
    "60BcLLs0slH5aTtlXkW5rrunX9GMYNmyr3KZqBbydl1RsVtuSqeSFadnE63agelXMpNMKP"
    "XgC45WVrVDOF15G73CGkyHNsnoW2LXRR5YLTGA/hMyQIDBApH/WgaACxwGAIJ45hMyCjk0"
    "Cc/0Af31wHQAs+OAb2ke3so0HlHwDXurYmZfB4+5d+5HlzgwH16Bje5H39E2vTGlD5gHAB"
    "gedv0P4JY+hUxCqVlMAP3Xa/Qi1X18M172J7IimQkh+hn1jvGED9GhmJA69E3NVOB+i/zC"
    "OueJZE7tXpwl1a7vhOlNzc3JeAn9s58bmJo/VxqaP5fMzPEXKABuhkRCfCfHjfzfxzX+7+"
    "OSMb/ndl0Dk7576NZF89UdJARxhkTCZdzyNmFhnYhBIvCuKeTz97Xezm9AxuWhLev9NTOW"
    "rcsFmVWEzwVS5UUYMp/zGktjh1yWSNmUVQnPXjBVJTyV+2Of3B+cfbYFXDNpIpIimz9eNm"
    "Oranm2UctzGIlRzH9QbQtP3AubTeHPyciNlvDbJaQm6BgaYGFMjdQwY5YGLnnnE4AdBDy8"
    "AtSanYyGjpGMGoMHcsFHj7Syv18uctfhc7hG7Mxnkew+jbO6LOhHELae2ZX/uFt8jrKHD9"
    "IeXuFarJHX4vH9icAHAxbUck1HTC/3tZRA3dBgpkyujDCDVs4Lu6Mgv8vUit2DZreyxShb"
    "zL5g+la2GBlxVcaYTdt7y8aYtzAY7CuyTSwGytDVnaHrjawxob+ch4vsry+bZIpjxrV2GT"
    "Ja84vDG4QpLjy88llDADoFyE4xBgYyQtcyac6uARavADmGiwngYGUGS9MBELCdgddxoLV5"
    "64vpJJTaEvrL5gaYdTpni7aX/LfcziNUYZ0+C+vkV1MJ35oorSKhhIFE7RfbSVArI13dST"
    "lLIwXIdSp2Fz2U3cnRsSG0uNcUUgDeQ8kGGAZCCCfjJcT3cNIA3sNJJbr0lirh8KYlHGJR"
    "TmRBZ0ikC/psf0Ub6Jlbk6sa3zWFdPC2H1OrQpY7hZe6Nv4PO0IAZ2mkg7h9QVlFhW9zBO"
    "6dh0rVHHkXbDYQk0O3ZHWZWqUA7Au3yWbsR6bZ5oIej1q6I7N9mVp5peXxSg9sd1JO6UG4"
    "94bvlB7Yum3BJ01eAVzeXVw0Kz4V90M20Y7Fb87iZsvyQN5p4Zt5FLs+4jiVk1vjOl+ynx"
    "nUpNANfKaB9qFhIvLdnAAvtJAPMGFYWpyGyTBm8DoG0LJoH/pgiWzA4u5f0z9tGOhLAia3"
    "f30Xz9jcnVJ5X/v0vqreG+uiDU2cUp+rfVKfSy4ptvJF0E0JelQ2yJfbk77RRN2o1jaK4L"
    "LtqAzuX+dXl3xwU4Ki7m7qAfgvsEy/M31j9OeH0NEpfGARmlZgOv4H+ry/dIV8DdQUoJwe"
    "X3JwF33Z47yCTicoOriVsXQbVuydXUUZS98Fm5UdRxkcBqIX71KRuVN9b2m6LvmBNyGDt6"
    "z0Ze+PazW/eKTmJUO7aoKp49AJaNNJpXG9ocaVcEFALciQSFiRsIFaUO2EKPkghq/QjuZk"
    "TzfIDtSP2tVJsCXFhGNfrClBkFD0Jxx87HaD6LmD4YOHkAYXmBuCWYN7nk4iV1DP+CuZWM"
    "nESiaul4kZ7jxhOGFIjRScDmlV+lWSrvItDEHIPZg0EsImNULYpNzXO1xYpq49ISFlIk/V"
    "DtZvu4w7DgT2ke6hgAImnKLIIVWAiwDuI2ghzt5cnavIJZZiR+k7aTG7eLkJo83WvUx5o5"
    "1W+YeWhWlhK+yZj6Yj5NrkkConZ/tOztDzkKOLme4yND2amO7mZ/1Yl1p26u9J2hhyvr+b"
    "92S+e8+5Y3e3p/2g3EH6WP9m/m23in4gbtnOz1ri+Zrp6FZoEKUfvnDsonWp6fwJesxRT6"
    "/sbZK6C19p0KpmIwKaISSxcEiVxNK6xEK0Qp8juFezJSUYBjPoY6VhxsKDjkFfSIAfWRrF"
    "ktZZwiq4uR62XaGvpECmGNM6Y56haxradgZOHq2E1oeDSRP7AxlVY1Iu2SBi7DyW/bqlBa"
    "5uDin40LchziFQa6zTs+aE9oJXFajSV8Wl7bEPwceP+9KKAAbkeYuQvoa2Ir8Jr7QlDj2R"
    "Rg91U/SH+Q+TPUHcQzpOUgwbJ3FkaNS52/q5m8Cr+Trtz2tooRPweifXB/tXz6LKZgw57p"
    "/etFlesJj3IU+mPsvWP0vTJ7/BxoIWrgyVMmsJmLVUMlu1CEB+oHHlWK/xRrwnu198ZpQ2"
    "v1IwYpMKC+vtTkPPtF8d57MUKLQwTaebPaO9DAutLLjAP1s0G3pPrYH2lUz2DjDzQt6ZvB"
    "1kN6EjK2I6tF1oPu6K1Wk8jbwwebtuW6dkClnheYMaOvuJk+kznzUZZuyMVTzXKflTVryQ"
    "DU1L80N33ZdkJ8xmdL75ejpZcWP2yx2xuqJzyApQ3HVpR4jk607FA0mDFtr59IuhmtKpZM"
    "erot3xFnAlrc6lRKvYDGxXyDityGTELWn6vhtamRp7UoKUrRGxK1SFyhQy4mUj6uqkqO0K"
    "Fk1L/JrOJiteAXzR6G/aEa1b+HITp/nLiFJco3VHkOTrr5oDaYUWS4yftLZ06N+i+WRXpR"
    "PYklZ77aA2yzTukxq1FuzwCWSyGeE7z/jPHI9Vuf/5E3RDFQDNzo9uuRxWGPdIiyoOqFpY"
    "b1khwMNiyV7J+B7TY/DKidbLPqZ6qaI17Uet0f1DDNIMhUJ0cxmgkNv3UrgK0NSwTefOl8"
    "roOy5UAsqsrM3dOFR5pWagDrW8UqJdc4SsjOJdLVwlSn4XQlWpxigFFT3SuZSE9c6qjQ7t"
    "u+80DTle5CIybEohXUe5g2aVRmsKje5hNdfbKHG8e3SPmqB7VI3uEbeKq7ZwBbbdDIUSZX"
    "lJRK5rmcgnp6OW+Gw4Vqm6oO2KGVQAt0AAt1J7Va1WpUzUKhOJF4qjTGQcVNXKRKa1Y5N+"
    "dQsPr4iuCrADILCRpy+hE3zjAzIJGf/k4JUDFq+0XxygFQ+wDUyD/bUyDaJngCeEXJ9e8B"
    "CvVV3b09frODSnvKjV/Ge0Bj7HdBbzN6Kj0cs67C9mT4x8vMSST4ORvRBM2R9/KIWpT4VJ"
    "sNiAvPUF2i+JFX0KAuCmBBJ2vThqAi8ZVa2KHpUApok1KKBxQvTZiFezs1b25NIryVNA8t"
    "wDfbUnU0AnBa+XgmULUwLp8D1sYsc6rDZkHZYsWdAwqHhShrcm8XtNopK+cztIG0nfe1IL"
    "taf95D2XQe0H4ndcA7UfgFt2PagyBdW4y1WmIHcqQD/QfIScLfhepFWcHwrnE4wyrC8ngS"
    "irtrJqdwtvH1btgZS3GJh1aGBlG/YRnTeo2rCPMPWZTL+P+Lxhmvg+w6WyxBuh9fZZ4vuy"
    "yLr0fheTCjlecE7eYbU3vJD0GI3e6Ba/chBgmWsgwADTP+J0vRNAWBMiYww8RNBDBliZwR"
    "LQ344fHsbUUe2A+FnkJvbIE0wLGWXXeDeP2NxoteAOh0HIAGPVqGEQINul/9/JLU4/q8xD"
    "kh8WS6X+ErtukujFHt/is7Lib8aW0puTv67ft2R+/l66fFdHA2SWUVMLZoZEOgvm4ccmXj"
    "0yqtrv9LHk1VtvD2WIZ05ol3Tugokjoe4R7WjvFMR89Le72d3sLNl575357PLs/PKnE+Aj"
    "1uTl3jmbXZz/Oruhg9K99975cXp+QS9FO/C9M/v9+pyNIZuN6cXv8eah2vG2LlgvPyXpzz"
    "z1sdsdq7VY4uJhWcK13tjLIZfQ3ru/9l2OaR/rT9uW3C/SqkL7Q+a0bkHCA0NbiPlGc1Ty"
    "xcR9anImfao+kz6VzqTI4cUkBFajVOBs4pFudUYNDfKWTymGE/k0XBoxKLKaS4TSScsHHx"
    "uJy3RYjZxVFpgZckboxdXURSQuHqla1RWrGnkeFlL98lTSredOtD8VxfIuJB72aWyvzHDI"
    "lYQ7ZH6n5ostmF2kVZweMqcLhveGgkiBSgUncYQQ5rjhwlrnAMhSyQRrL54AFW2nou3e3P"
    "U9Fo624+3HLQArbxXZIsSF46gBys/c9MqtIZas6mwJ38yhNKQyCMUVXh0Ikv0INgeCZD/C"
    "JvURMjUL7m4uQBwhtEAGjdvwsR1HcfjjKEzDDHxAaxr4ZK0R9gAfEWU4AN9Gjda/45VI6O"
    "AJwmEg623M9DWCCJHyVWWEQZ3W45pYiNATSt6Ph0tYGWHy8dPnJqlcZFh1Nhe7yZH3hRJw"
    "1xTDyL+lz5Mm/zb7mgLrvkAmnRV40sgKPKmxAk/KVuD1eVBCelOL6zVdj5Uqkn19bwtVRO"
    "e5Fh3nZdBvySlboeQWCaXY4OsMcrPfb+v3ltQed3F1+VMyvLjhcOFfcvW0mtjCPJkU0Bfr"
    "hjQqG1JTNUQ5mN6lGTp0jS3ZnKdUbB40m5VZVpllB2LTaicJWvVJG0ImWGR/rbH+JfbZBq"
    "a/dOhGu98c2yhYUvNasIQBWJLJCcsMYNIypmx5jcHKM4MAOfQaLVhKZnR8GKndjMiGBgJm"
    "Qly2/HX0jB1sfypjav/9pNVWwmqndU2dz2qX9ZY6zdsyouOo5ifys0TgTcZLqC62D67K+O"
    "s+5tOFrxaGnDVcbenOkPRv6n4b3awTo7ayhmzDCqUm7yE/lZqs1GSlJrejJk8J9PpyxFGQ"
    "4zvjOtUYrse02newoHGqcJA+w0HI5+MLusYzJBLqIpOjoyaO8aOjmpYOR6WqCi6nPVs1wv"
    "FwCdE9aJpLWZdKWS5Q7QTcOM5qRSRDohQRQUWkJE31GfT5x/8D8LpVoA=="
)
