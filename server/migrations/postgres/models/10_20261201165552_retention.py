from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "retention_lease" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(16) NOT NULL UNIQUE,
    "holder" VARCHAR(64) NOT NULL,
    "leased_until" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ
);
COMMENT ON TABLE "retention_lease" IS 'The one prune that runs at a time, whichever process starts it: taken by a conditional';
        CREATE TABLE IF NOT EXISTS "cart_tally" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "abandoned" BIGINT NOT NULL,
    "reachable" BIGINT NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_cart_tally_store_i_b02623" UNIQUE ("store_id", "day")
);
COMMENT ON TABLE "cart_tally" IS 'Pruned carts that had been found abandoned, per day they were (and how many of them';
        CREATE TABLE IF NOT EXISTS "delivery_tally" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "kind" VARCHAR(10) NOT NULL,
    "campaign_id" INT NOT NULL,
    "variant" SMALLINT NOT NULL,
    "flow" VARCHAR(24) NOT NULL,
    "step" INT NOT NULL,
    "channel" VARCHAR(8) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "clicked_day" DATE NOT NULL,
    "status_code" INT NOT NULL,
    "reason" VARCHAR(300) NOT NULL,
    "browser" VARCHAR(32) NOT NULL,
    "sent_day" DATE NOT NULL,
    "rows" BIGINT NOT NULL,
    "sent" BIGINT NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_delivery_ta_store_i_8e5d12" UNIQUE ("store_id", "kind", "day", "campaign_id", "variant", "flow", "step", "channel", "status", "clicked_day", "status_code", "reason", "browser", "sent_day")
);
CREATE INDEX IF NOT EXISTS "idx_delivery_ta_campaig_d31b66" ON "delivery_tally" ("campaign_id");
COMMENT ON TABLE "delivery_tally" IS 'Pruned deliveries: how many, per day they were due and per everything a report groups';
        CREATE TABLE IF NOT EXISTS "reminder_cart_tally" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "measure" VARCHAR(8) NOT NULL,
    "day" DATE NOT NULL,
    "due_day" DATE NOT NULL,
    "carts" BIGINT NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_reminder_ca_store_i_43fa39" UNIQUE ("store_id", "measure", "day", "due_day")
);
COMMENT ON TABLE "reminder_cart_tally" IS 'Carts whose reminders were pruned, counted once per day as the recovery report does:';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "cart_tally";
        DROP TABLE IF EXISTS "delivery_tally";
        DROP TABLE IF EXISTS "reminder_cart_tally";
        DROP TABLE IF EXISTS "retention_lease";"""


MODELS_STATE = (
    "eJztXXlz4zaW/yoo/ZNOlbqrLbedXmdqqtS2MvHEbXt9dLIz3uJAJGRxTAIMD8vaTL77Au"
    "Ah3iIlkiZhVE1N2iQeSP0eCLz7/TEyiYYM58NUM3V8ixxHJ3h0Av4YYWgi+o/c+2Mwgpa1"
    "ucsuuHBucALIRipObOjccW2ouvTmAhoOopc05Ki2brn+w0ZT4OiPGGnvdQzmNlk5yAZkAd"
    "wlAnw2oBLsEAN9AOeuQ/8gTzoCKrRtHTkAAhtijZjAJU8I/wgINtaMlD1aIyp9to4fW3vK"
    "A+YXvnPA7c/T95OjY6A74AlZ7gdwS59GHw2I5wKENQfo7o90Hgs6zorYGlCXED8i/xZ6Rv"
    "aaToo+sNf2sP67hxSXPCL6CJu+/D//l17WsYZekMP+/GO00JGh8X+PPPpLFF1jlHQypCnQ"
    "HbHx6MWyfTY44RQBV7FnGIxna4uzjFO+UCbxP/5kA60nhT8hsRb8Z/DrSkh7uoT2T3wkw3"
    "uuqMTwTLwZba3dJcHRcMoOdvURYWRDF2mxRcFeKlhE4SUfCHrBtT0UIaBtLmhoAT3D3fwk"
    "+gabayNFuby6U25nd4oyyiy7kCK2RoJLbCFQNHTsOvz3m/BFMRB+dJf0z+NPf/rP2eDgj2"
    "IP/Da9Of15evPu+NP37IGErnv/q7gM7kz4rT/5FNCFyoaNG5hVGzFoGBszcJ/RO65uonzI"
    "k5Qp6LWA9EP4j10YEV7YcGLzTXfAihLo786/zm7vpl+v2fSm4/xucLymdzN2Z8KvrlNX3x"
    "2n2BRNAn49v/sZsD/BP64uZxxO4riPNn/iZtzdP0bsnaDnEgWTlQK1OCbh5fASHbphswEd"
    "l+6TCO/A6DStZHWvWR1tyzXZHKdrgMXBpik53DyH+RkMKf45PC4+IpNUzRyVVZg6GnVyVE"
    "4+fqxwVtJRhYclv/dnAulQflIcF5pWHbSzlN0hPjjxJLW080S/c+yWLOtc8U/3V/rQEH5k"
    "L/F+cvDph0+fD48/faZD+ItGV34oAf388o4iyoTqxVOuvMfgyqL7E7ER1SB+QWsO8jl9I4"
    "hVlANqXEW7D+YaGMJ/hksovLo5rWy4ilSR+MqiANCfjVz/o5/enk7PZr7uMofq0wrS7zyB"
    "N7tDJiR1JRqbvWVOzPQViOlmrQW/gr1zBvoi1Tnkyza9OVwLW5XmYmi3a4+1FLzCr7zqBx"
    "7wsb/qXQNf97hEnUMm1I0651REIJzuPDmqcjrRUcUCwVHmfIqO9SV0ljvJAyGhgOJAKyKY"
    "NFAUo09/oHaFjXXwnQ1Exwm2hIyKk5Fais/XzfJwQqNjZnF8CSh/+uUGGdANDMQl4kzM4j"
    "ywhVAk0SQ+JBOZc2Q7S93aE6xbl0qLX6PZRMKrVbmNrneTQzt7RvyRWektNaRchosGKyga"
    "vdX9cUtMKqkxV4G7hC5Y0vkp7zTgEuYusInmqS4gNoCY/r+GbH8YBAuDrOhFZ0WZDt6xob"
    "qKwIo+F2hkhccZD0hbD3qgPCPqE1ApdIBxZhybbwUdQDcZpI0385rkGWnf/wjQiwWZiQsQ"
    "qtkAynQCbA87Y+YJARay6cRLQl/SBrrL3DMqstnd+Rqslrq6ZF4T9hyV7hJANaBuMicLWO"
    "i24+7iSAlfJzieYodVZ+6UL/rjWxG4/2syOTz8YfLx8Pjz0acffjj6/DGSvLO3ykTwL+d/"
    "Y1J44lzcLpazRZ0vLc6wZ2Z07gQnQto+C4yj65vz05lydnN1feJ/sYpmE+sBf5me/qKcXy"
    "q3d1env5zw71VhHlv2CdO7N1e/3s6U6Zfp5dnV5dfZ5d1J4C1V4Jy5QLFJv/sHfDO7vphd"
    "nt/+7A+xkUVlTt1Z+nd/pfOz55yAFZ2aPeIBX85+VaY3N+ffphe39AchKnvYtv5Mf+oDvr"
    "o5m90o99dMzqE3+S6heBYTBJ30NlZJ7K2kZ5SoGRktg62j7HL5++3VZf7HGo5Py7g63RL/"
    "Awzdac0QNvrLwsMqWwVg7umGq2PnA3vsX9sy+pZAzfBJiLchxO++Tn9Lo396cfUlLbeyCb"
    "5I9eMtulRSp3Etv1mSVLrO+sxnf7OvZXqMk+zkYegZO5sxQcZMYr7sXQ/UJJGENQurw7Ts"
    "eqDGSaQvbLsvjOPVgDPsNpxnYPBWdYTF11W+JyxnP2gA1+vNTMPaC6oCm9wFt0PLj6IGgL"
    "0K5xET1viJ3SvPbWSx+wrtp1GpAZCPGFe0/5nh4K3mv5/Jit6yAQT8o/7OYZYvnVCVDTgq"
    "xOCdr36DmPo9Zmr1e9/S9uBNPk6OvwdL6ACDkCeknQAE1SUPNM6YANt82AN24RNyeES1zW"
    "ObFzYxwRLZiJkYqfzHLHcmeWYWSJ3O6xDgrkhowaOUmFv0+IswCyCfpMiQ98/NWcEIRv8r"
    "ndyv6OTmLMjAWux7Dcf32YK2q8u1cduTh928CIJyHTgikmaOXqu/UqmQSkVPhLTtSsVrC2"
    "k3Xn52WmJAVRHN9irmp11RWYS5fKi0ZFJBhb4kk2eYhBK6J+GcZXnxK97830h1wYLY/G+i"
    "qp5tI7quPoA7Khj5awI8oTXQs+JZa0+ishm9xDyo73nq2qMHqXTlInQClmTFxS4K/zomiy"
    "3oYuWi3GZe3y9LBUSAXnTHdZhHV/NnpmtL0xle0AC+G8d3HtM38BDzyjqAskKnz2HZdI6n"
    "qghpDn+hCgJe6G8LQOD/9H89X6rRC2aEwIR7l37erudjTh+1p1eXbeGJuWO7eM7bUjla+p"
    "GlH1n6kd+6Hzm2KVTWlTYkfV4ou6pLx5UiVI9LIlSPMxGqHcdc98wo10HQdez4rbyMNyQC"
    "LuPm865iYk0NlJNUEugKQMvQnkLouw7t2Yjou4hTG+oOU2ktRDUfCmFdqWp2eXZ++TcqUv"
    "n0D/iWC0AOl3tufzm/vp6d0T+fdHr2a7vILgdVztWD4mP1IHOqBmpThjvlhsgNlbRE9toS"
    "aSPokFpW/A2FzF2XiVPyQ4oSoHxrT00ex8hkxGKv+StdNo3H1j3rjk4xqodqkkiGLEpP2K"
    "uE1wXLsAFcv21mGta6rQps8out62SMqSKRMynH91EjcfbMn2ctDuKtJsyeQtOCdEWPcpyw"
    "0b1xmf9VjY+qUBnU8pxl3BcKqYb8yJwDrHbnJorN8eaMkOU/j3mkGUtjZbmrXGzK+FkbnL"
    "dmjunGRkHFvW5zS9+KQ7C1ILcn+rPqqMfh+A6VY9WjK9fsRkU+OK5iYEoL6jED03FaP3Z1"
    "16hl7Y4IBDR0H0wqGfAmJRa8ScYCMSfaug7A4Xjh7DufKtl3PpXYdz5l7TueXcvpGAwXce"
    "1+rAQvG1Zif84CrKv1DJTheOGWb2sAm1QeqoVwSCAhrggx5A68HL2l2OMYI+mH05E9Txin"
    "o+vm7NqFwnIwujsj3udjetL0WmKOH4AUAbWWhBEj6XALwcQ2odHVRtK0IzZQVevAHCPpEG"
    "ZodITx4aQCxoeTQozZrZRBGto6ZM+qsU/HaeRG3fhGPcDoEEddIs0zkFaTB6Pb059nZ/cX"
    "PAYknIPHiPhRI04YNXI6vTydXfBxKvvZBh/30/ScX1pAPXz2qyv3ob0rw76tXlHp9h6EW9"
    "QgKjSUkBFVD6YklXhaROPfkQwieRNfEz2u7N3YnKSUoSR95jJl1SNyUR1vTZykOy10KBoo"
    "k3i8vBiH4hMoRiLc8XNYyYZ1WGLCOsxasGT8kwzU6Uk8yT4p6zKa5NWjSezcmuv8+rg8is"
    "SuVly9GIDacRubhbaxJPippXuHcaSSyW2kEraMFEzHtJioHiTiNv7+sSAvGdzSpwNnDIqD"
    "W3gf4zpiU0QgXJui5lMMB2i5JJbP3TpGy6vr2eUJYJQP+PTq8tvs5o4bJgmm25nbF0OkTA"
    "5vOTmc46Wo0HKpWrVT/e68CaQho8+GDFbvkrIBP3IZMtc5+YUQA0Gcz/Jc+hTL53SCtva7"
    "6Eq3fP5ydXWRYPGX81QFmsv7r19mdIfjvKWDdF+/yVo++H9r7GrheOFsHq0ETloUo1rwRg"
    "TC4du8r53uM0xDyMJbEhK1IemHp12oOgya7qjEwy4FXKu16jOE4olMn6oFDpfEDWc7mK5Z"
    "bI7CurORWhkGWUrx8G5+u+Eu5/pOajF38xYc1EukPhHPVRwXWXVQzhB2mTgTWBQHCbiMCH"
    "gLKlbM2FyTzUlKyeZeszmylu3yPadopc2kz5xO+F9qcjpNKzndZ07brEkKhznD5lKrWIJO"
    "WsNqWMMiH2q+EFroLszQyRCrQmhD93TNrSuPXm5f/d6+Ao7VNQdlCMUzTzRvDopAM3btf5"
    "s/g/zG+vyNyaBKWVSux7DKWNVtu5AsKtfDonL0FcDl/cVFtThgqk2Ye4YAs9jVczqNQOs4"
    "6RmUodJVYOKdZ/aESLCWwK2HkvPPriCcPPwky0PKFT0c1mhc+T8j71LYiLu0T1msBbUMn+"
    "6TDDQGxeHTv3sQu7qbU/qkENo4iRTfc8R3qj3tZhvXGlV6ewezjaB2hY315uAZghYcfO3l"
    "vi++CdfZn2IU8hvK+YZih0l1UJNEEtftOnB4wO+pqoWZbwMDt6qiFvtYtyvAoay0P6rXm5"
    "kEBTb5wfapdzNb0XfQ4IdVrmTu39wumrvRuK1Vw69tDyMNMDLHb0O8hBqYI4TBgnhYA5Hz"
    "fAxYT2UNrlmn4zVYIRuBd/Qea4rsN0QmC3bLr6gcryDewjMesEo8g00CbGSyFad9X6E5Mp"
    "05o0/Ukv1lr2B2r4tewYxVubJsQTA1zNMNEiLscPe0PFSZCJrWAcLPqN66TZAJ48LvZPlW"
    "i1opwb4saEViXxF76Q6UfqueCJf71FhpU7SMXAg5kmXcvVAsWGrxUVvFyiuM4h1j6Onid5"
    "EJesTwcaw/DLvBM5hBkKR2wsQ7QDx3Tl6ATVZjsLJ11w3y6+NSZfOPeMBztKD8A1TQdJf0"
    "MUB3eJPZ/ZrXBKFbLjKtpiuUhB2CksVWmiyBEgMzeIhq6OpTm3VQxolci0bRilTqdn5E/O"
    "sPG9q081OYZdDkPjGFKleduj+kCtSVChSUyM6y4NakCn5xUM6GTKCInMPJD8cR+uyPMrxv"
    "v04vLrKCYnFTqu2FZV6jQVWs/1ud0jKn06/X0/O/XbIy1/4MD/hm9vX88mx2cxLaS+wHfH"
    "XDL3D/+wOe3t9dfZ3enV9Rus32kj52q4R5Nl/Ef2GQVT7j8j+BcLx4IbSTSjVoSkrQ5NRb"
    "qhX0v1esf9+gbdiBRFV5jFGtekkxkg53FiYo19xVdlyvnyss18+Fq/Vzfrkkl9SBOE4j4I"
    "bQRlUqC64NAnPOyuIiIzGS7ouMvI4Jtp0OS8TS1TrLOyIQb203X85C9q+S/ataLVjRfP+q"
    "4ZXDpEM9VLuLz3/fz+5ZBUyfOq9/z9ns4vzb7IYNCqyR2f49D3j22/U5H4NeLN3esZBm42"
    "wM7H85jCz2y8VIhHENNbb9pK2qGVzL4x5zyAUMfxxIuGOlpD+DcIuth928irTl3E7TyvTO"
    "PnNaNSDlgabMawkXSSrxhOHmk6cN6LD6YUxCKMhWLzyb8kilRSh7SnGckG3nJSeWlNBLUA"
    "lXRq+VRjuysNubOBuYO363zpiyfMoQ+BspdjswOU0rOd1nTsdCMOpu2AlKyeU+czkbqJJh"
    "dmlsch65QIJmx5GyqXixynmDCSqB4G/O89t5MqbggMqY7hYwzQZzVoU2SykXrayhJXMRhp"
    "2LULQ5NADutecsb1NTDmsVV4Y5uzduRzse2rkn0qexqcREOCV/ynpwXdeDS0u6jazaStUb"
    "BopqUfGGfEiTSm4D4E6jCW88gfeFXOPAHiUNZSG6bgvRhYmHhTUvkgPGVdITd6h9sSnTeB"
    "LVmcgrRKF5LDNQ43cQe5afIwiBjSxiu+DRJp7F3yqv+kWzT3nArAoGmK/BO5aYMo4yPTht"
    "kAE0BiwPYgxYyD4d4Uea04s6hgbwnbdjnguZeIMHHNhXfwQLYvOwKs9GDh/oJ1gi+1lX0X"
    "cOfZZDKfw55jZZ0Tv8+eGcugtW0E+hrFKdI0yxCWo5pI79eDZUkN4R5iLEgug3AW+hlTiY"
    "LeWsthF0/O84eHE+hnmJ8mqEFCZdyqy7gdpEZeGRBguPFOfV5WPWfS5dZ1E6zUeOvp7NXu"
    "j40VdKrt0J0/cH7YLaRG5tpymafY5uGnaGptDf/FDyMzs7rRrOzizLVSlaq93npwxZFkjq"
    "NFVl1BTZa8iqo48fPx685/9raxuuJ7PuFvfcRMhzL0WABjvehYp11T1gQyGcLNBKpHPMYF"
    "EV4hiJeBg3niQcmYFqbLFxGrm/sq+arrh6ZqyQQhi5tesymChPnS1DPKSQiMvCozLYp5fw"
    "NhfsU+wBbdXHpzsq8bB7yiTmPBdf/P641MMXjIyE76YbT0VLjT9grzLxb8VV01qLqLrNk/"
    "fqmdy3b77tvN9hlUGsD/ToenZzOru8O2FOdJXKOA/4p/PfeI0Q/YWXDLmZzZTbn8+vr3mB"
    "kYWNkOIsdctiXNmBRQfHVQw96TScmKHnOM2iZ2h4NUvJRyRSmttNmjN1rDje3CUuzDERl0"
    "GfppQc2I0DfsUeZ4eUwCSlTAnsc0qgx0q2K4Zu6jlsLvzGUlQyTyL7+bCl7Sieg+pIpEki"
    "YXauxkDV6aaiuvpz3mlMiIEgLpD043QpWOeUsC1cQy2g203oy9XVRWL/+XKe2u0v779+mV"
    "EpiG88dJDuSqNKq4tYGlW2LeTBGlVmrKLxrWeFcaejHMNKZsy4zLji10h2UsO3RlBPcdhU"
    "xe/r94hcB2ACTNZFxW+6srCJCSDgUJ4ADwfpUnPW7I/YwEb/RipdODzW+JEQ7UNaAWvtIe"
    "VGID6xtAK9qhXI50EG1y2lvvtuntg1rqyNQt/D8NZ3hnHzvmQNuTXX8IZCPFe9LPwmrQbj"
    "HQu/SbVAqgWdfC6DVQv83NMcXSBKSi1WAEg0pC2vKvbMOb1YmloXR7adxnnxJ0TSYks9+l"
    "yKz9xjE0fZqV2mDEr1Y0/1I1ixNWS3DYUUjqsEWg6ut8VOzuigj4UV9rG4vpieMm+0ZUCV"
    "uaOvp+fsL6hnuln0wxkt1fC21XD+3zr7TDBeOA3xYFIpZ2ZSkjQzyWiIFsWoFrwRgXD4Nr"
    "+HB6bZLLzFreJiJN23ihv9ZeFhlTcHn3u64erY+cAe+9e2GFACeCsN5FTPtus25orTCLhn"
    "H1ZZ9MVrPiO27BQk9DoBQu2L313H3Mfi9GqAH6OS4O8Mvgtf6uEeEEjI94Fc0bFqeFpeWE"
    "9pCEqatMMolOjKYMNQwnSDeus9TiUX/e6Lvv7xKs/W/WHPpNhU9lmmCWX7te1pGBZcmyxr"
    "2EQUq1r1s7KUIgrtjauqlk2edQ3Zio0WiOk79YwCudTCWQgmlXz0kxIf/UT66N+oj56ZsH"
    "fgcYxMZm70mb8LhDTmqlYo/LkqeHntvBxygdI4GimiFyKkEtPMLedwh162oRujFeB0Kvt+"
    "Zr/dlZtPo8/n4uryb+HwtE21gAX197EUqdzLer2XecZCN7gYXb9sXS6xAB9b25UsC0JiMs"
    "iXtgQsnEOgw6TzvoCyfd1Itq/rN6ayu5oMAh5SELDsmtRq1yTZ5Ku9Jl85MlYDOJ/FphIT"
    "6GLZdI+2VLE2V+gZsTfKyss1OlRtmoPNntEQD8AiZiRjVhtAiqdNVAVpKOdYsriFi8wmQD"
    "qn84iEUetZOv6qKkrVidbclnwdfz/gA7en6vM2YIAsAMSAU3/ngH8Tz8ZoDeDCRXbYrssP"
    "Sx8D6Pf8MpHNmiC4QQMypNFxOUn6jU+fk01UljrkA9Jo6pDMtuky2+ZNJIPwooMsv4MHJL"
    "Lkj6v7O+WnqxvlbHZx/m128z8ngHiusqDSWihBPODgHqMLLjLK0+nl6eyCZ4uoDBNjx4SR"
    "5s18VJC39XqZUzES4eyoB5Vc6gclLvWDrEudbfdP9B0Uz66Vm5OmExHtinCX4i1jGN6mXy"
    "guR1Q84eMk0nK73cQY5ZrvaU+o2mu5b/BWtSbE11Xv6gxwla9IgQn1wW36ix6Oa7ToQCU1"
    "ocmaAk+ev181MLXUOTrVOXzOVZWdguF91jB2FJqOq+gAx8U6wPEAU5o7A7eVkFr6U13Fsv"
    "W8IOay8IkknUjiSscxE797ELu6m+MYKcQ+TiIS8o25+A0ds6O8dvJPkk4kaDte1FL7kdqP"
    "1H5KtZ9rm2iemuu8CW+NyzQfKzaorVprTFDtUaE1lc7/SOy11Ix6tUmNpWYkNSPxNKMdlC"
    "KpDzUQQ05MC9ItH+6kluZRCxSt2zEvdJM1S6rpGUwQSbdgRbdgTZAlvDW9rqHoWAPjOI2I"
    "QDcfTECFdfWphhQdjRdoi5Ydw4ZaqslGFv08dGepaHCdE0FWuIyzhHI9Z+Gl6jorkIk0ZW"
    "egy6aQkOfI0v2JNeoZ0iKFGnmWtiOXk5QCRpSxNlPaFTbWoyhrYaBsz+RcyNRgmcPaExfL"
    "Po1sZH7aXplXfq7r/ulXLCNYtOyrRCaqgex9V1TglpuyqUTF6VlHq2Zg+kZnEgmlDnzB/s"
    "oqdghHK2+rV1iB0dAqGX1LYlnIBqslAdB5QhpwCZgj+v+GBuCceC6AIJj5hI5CmCXh6Q5g"
    "vx7oGHA7DnjH8vBWuvaI3O/4W6Uz+1p4zAN+GF0SV1+sgYkeRt+zNr0BpQO4BwBoNrGcD+"
    "COPYVOwqh5TAD719p/keI+vjEv+xNdkdyE4P+Mcsd4yAf/UAxJMXtTPRK4XyO/sMx5IphT"
    "uxNnSbHrO2R6VXNzOF5A/+znCqbmz4WG5s8ZM3PwBdYAN0YiIL6T40r+7+MS//dxxpjfcb"
    "uunknfHXTrYvnqGNWCOEYi4DJueJswiErFoDrwbijE8/c13s6vR8blvi3r4ZoZs9bllMxa"
    "h88pUulF6DOfkxpLZYdcnEjalGUJz04wlSU8pftjSO6PnH22AVxjaSKCIps8XrZjK2t5Nl"
    "HLsx+JUdx/UGwLD90L203hz+HIrZbwuyVkJugAGmAQwozUMGaWBhZ95xNAMAI2WQFmzQ5H"
    "Q6yFo8ZgQS846JFV9neyRe5afE6uETv2WYS7T+WsLgM6PoSNZ3YlP+4GnyPt4b20hxe4Fk"
    "vktWB8dyLwQY8FtUTTEd1OfC0ZULc0mMmSSyNMr5Xz1O5Yk99ZasnuXrNb2mKkLWYomL6W"
    "LUZEXKUxZtv23rAx5jUMBkNFtorFQBq62jN0vZI1xnOWt948/uuzJpn0mHGpXYaOVpz08A"
    "phinObrBzeEIBNAeJTjIGGNM8ydJazq4H5GiCsWYQCDla6u9QxgIDvDHkdBxqbt7yYTkip"
    "LKGzrG6A2aRzNmh7SX7LzTxCFtbpsrBOcjVl8C2J0koTChhI1HyxnRC1LNLFnZTjNEKAXK"
    "Zit9FD2ZocHWu1FveGQgjAOyjZAD23FsLheAHxPZxUgPdwUoguuyVLOLxqCYdAlKuzoGMk"
    "wgV9Nr+iNfScW5OrGN8NhXDwNh9TK0OWW4WXuTb+j+BaAMdphIO4eUFZRoXvcgQOzkMla4"
    "68CTZriMuhO7I6Sy1TAIbCbboZO75ptrqgl0ct3JHZvEwtvdLieKV7tjtJp3Qv3Hv9d0r3"
    "bN024JOmrwAu7y8uqhWfCvoh62jP4jdnQbNlcSBvtfDNDTLZz7VZ+ak7aPA6fRn3cnbQuM"
    "y/bAfDFV4by40ItnqY2fwOq07jIBBOQv9GNgKW7WHWbF4lHmaOYEI/Ox6Vr8F12IHeRiph"
    "rA860AONIOdklMK+lYc84H8FU2n/2hBE04MVJdY89CP4l2ro6lN8FMswYLeDG2Pm4mbPoe"
    "scOS4b8oDZGLKgl9k7BwPpX5DfDif3y/IEb8V/QTCpw2hZNZ4VfRmy+s7Z/OzvK3jNTSpJ"
    "ev4/6dP4f+hg9s+0B12G/fcy7D/GwKqaRIxEQDdTw1Uugq8iq5cXaGkwr559QhEfIMIlkD"
    "LNOg1ZsIPUgW1D8qahY2dqnohU1pIlJOlOUf0owI4q7QNSkX114X/cYKXfdvUIF2H2oy+o"
    "6IBGuUpEYsQWDSIYSw/tcHCF5GHEpWkuxfviMf2X46f1sgNiTKV+XV0iKr6zBF4VOQ6g64"
    "mpA7pL4YZPCDPxG1LxGWs6m9fvQ5vKHW7jMQ/4/prt9ozWQGBhIyrQExugF0u3kfb9mArt"
    "mOWPAbhw6cSI6yBz6KpLdovDpPmFNzX6dkVy/T4S+1sR11uLGH3dfoGvC23LcQVLYuQ24y"
    "0Gd0MhnIOk+ZgCf3tRPLon51RL3JL7mqKVHsg+eyAXOuvps2NSe4JU8rlvfM6I368jKt76"
    "5VLyZMTwVqlw6MQGVamtDp+Z1ORpOqKawwkV1gzkAGbDjeqhc7e57q7HABqGb2lFJuClXt"
    "bRnyaTtejyyEtgauUZUnyT4ltv9r6UBbVKHsTn4jSIz5ksCL7ya5moQ4IOxTf65XYjwR1W"
    "iXApDnBJg8u3oyy4f7+9uswHNyJIH+K66oL/AEN3WjNhjf6y8LDK4ANzTzdcHTsf2PP+2h"
    "byJVAzgBIHeianKp0+lTqp2QTpnCoZnyusgCXjc98cm6VrQLoGpGugXN9b6pZFf+CNZ+Q6"
    "BhL3x6WaXzBSscOh2/S/YpDLg154/Iy9Z4iL1Lj21LhCLtRQC2IkAjbBqaAWFMe9Z8Le+6"
    "/Qjm7pnq7RHagbtauV/H47iEqpHq8RUshwjd3CNZjzVIFzkpv1X4J7kk6g7AMZLiNlYikT"
    "90om5rjnCcMhQ0qk4GhIo9KvlHSlb6EPQu7BpJIQNikRwiYZIczy5oauKk+oljKRpBIuDK"
    "f5OBEHqTZyGWC1q+LlkErA6wDuIGignL25uDxeLrEQO0qZhbmNOnnxxZtbo7DauhepVGGr"
    "KTfQMAjrpUBs/VHHtVybOaTSydm8k9OzbYTVeqa7GE2HJqb727NurEsNO/UHUqkM4ff3tx"
    "2Z795yubL7u9NuUG6hYln3Zv5dt4puIG7Yzm/ZuoocRceq4WlU6YcvOXbRsmqo+RN0WBY1"
    "ujLYuqgWXLOgVcVEFDStlsSSQyollsYlFqoVOjmCezFbIoJ+MIM9VhhmzG2INfZCNfgRp5"
    "EsaZwlvGmIZRPTqvWVpMgkYxpnzDO0dE3ZzcCZRyug9eFgUsX+QEeVmJQzNogAO5sXXNzR"
    "Alc2hxB86NoQhynUCrFZ8SnsmfO8lNBCX1UubYetbz9+HEr3W+jS5809nqDvF5VSlsSz6/"
    "QWLpuiO8x/mAwE8bDqWJ2jN04jz93Gz90QXsVRIca7ZkcXzyLzZ/sc989umrwUZT3vQ5JM"
    "fpaNf5a6Q3+DSWpauGJU0qxVw6wlk9mKRQD6A7UrzCuq8jKuw9j9gjNjn+IBebukgp4Rzi"
    "1cV6O27zSabvaMBhkWWhS3WHC2KCa0nxoD7Sud7A1gxqpxNQXZjYdFRUyFpgX1x32xOg2m"
    "ERem/HqbtSCyhd2rohLfexduTxQXFxGqV6hwP2Sc1s0sqxAtsZeW7vCICDpM2xuwYK5T+q"
    "eoeCET6obieNam0fpemM3YfLeb6UTFjVvH98Tqyg7qLooIkGUTzVP3FRiu/VkEB0mBBtpb"
    "tgqgmrKpRMfrWUerZuD6RmcSFi0WceB48+gJ+0JG57uNTScqbtmuPXvLXrl9g0TELihJuS"
    "dcseqXQoIUr96yL1SpmjEi4mUiFoTAUNsXLJYw/DWaTVS8XPiisN+0J1p38OVm0I1kylEK"
    "GvbtCVL1voaDAan1dP/YF1iU+J/8SLeUAFDM5OiGa2F5jq+m+eUGZCGs1ywPYJN6mV7h+A"
    "5zY8gK++tliHlesmJN8yFrbP+oB2mMQiK6vQZQuEHvWQJoqlEl7d4RyiY3TpUBiq2s7d2f"
    "ZW2laqD2tbZSKMDnCFkx2b5YuAr1iDaEqkyBUQYqemRzSQnrjZUa7dt332oOcrDI68iwEY"
    "VwDboOqpUZLakyOsBSrnd+1nj76B5VQfeoGN2j3BKuytyqse3GKKQom5dBZFnMvUBPRyU0"
    "C+cYpMoitgtmkNHbNaK3pdorC7VKZaJUmQgN3TnKRMwGXqxMPMcGVWhWN7fJiuqqgGAAgY"
    "lsdQmx+50D6CR0/BMmK946mCoUgJU7ICbQNf7XSteongGeELIcdsFGeX3qmp6+XMdhCeVp"
    "reaP0Qb4BNN5SNaIjUYvm6isgD0B8sESCz8NTvZCMeV//CkVpi4VppqVBsQtLtB8PSz/U6"
    "gBbkQgYMuLoyrw0lHFquhRBmCWVYNcForAno3yCnaWyp659FLyrCF5DkBf7cgU0Eq162XN"
    "moURgXD4HlaxYx0WG7IOM5YsqGlMPMnCW5L1vSGRGd+JHaSJjO+BFELtaD95yzVQu4H4DR"
    "dA7Qbghl0PskZBMe5i1ShInArQcRUHIbwD39O0kvN94XyIUYz12ThzadWWVu124e3Cqt2T"
    "2hY9sw71rGbDENF5hToEQ4Spy1znIeLzilm8Q4ZLJvFWQuv1k3iHssja9H5P6TGhLkc5zu"
    "/gzrjM9w03Y2Sn0iFJ/uMSvy898cMKJ1VtVTESAf2/k6OjSh7KoxIP5VHGyWDlRBsWIxwM"
    "FxDdg4/VYmXLgmUz/jH6RDfX61vswomRdO/Caf9YadVZkzEkdBnK9ef/A8fEkB4="
)
