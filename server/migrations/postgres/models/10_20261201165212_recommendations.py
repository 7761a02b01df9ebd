from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "product_pair" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "order_count" INT NOT NULL,
    "partner_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_product_pai_product_d3e951" UNIQUE ("product_id", "partner_id")
);
CREATE INDEX IF NOT EXISTS "idx_product_pai_product_8a04c3" ON "product_pair" ("product_id", "order_count");
CREATE INDEX IF NOT EXISTS "idx_product_pai_store_i_89de6b" ON "product_pair" ("store_id");
COMMENT ON TABLE "product_pair" IS 'How many confirmed orders of a store held both products (\"bought together\"). Kept in both';
        CREATE TABLE IF NOT EXISTS "product_sales" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "order_count" INT NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    "product_id" INT NOT NULL UNIQUE REFERENCES "product" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_product_sal_store_i_5546aa" ON "product_sales" ("store_id", "order_count");
COMMENT ON TABLE "product_sales" IS 'How many confirmed orders held a product: the bestsellers of its category.';
        CREATE TABLE IF NOT EXISTS "recommendation_rule" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "action" VARCHAR(8) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "product_id" INT REFERENCES "product" ("id") ON DELETE CASCADE,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    "target_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_recommendat_store_i_f502ac" ON "recommendation_rule" ("store_id", "product_id");
COMMENT ON TABLE "recommendation_rule" IS 'A merchant''s say over recommendations: *target* pinned first, or excluded, next to';
        ALTER TABLE "store" ADD "recommendations" JSONB NOT NULL DEFAULT '{}';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "store" DROP COLUMN "recommendations";
        DROP TABLE IF EXISTS "product_pair";
        DROP TABLE IF EXISTS "recommendation_rule";
        DROP TABLE IF EXISTS "product_sales";"""


MODELS_STATE = (
    "eJztXWlz4zaa/isofUn3lNLVLbedXs/UVKltJe2J2/Ja7iQ74y0WRMIWxrzCw7I2k/++AH"
    "iItwiJpEkYX5I2iRegnhfHe+OPkWFpSHffTTUDmwvkutgyR6fgj5EJDUT+Ufh+DEbQtrdv"
    "6QMPLnVGAGlLxU00XbqeA1WPvLyHuovIIw25qoNtLxhsNAUufjCR9j02wdKx1i5ygHUPvB"
    "UCrDegWqZr6egduPBc8of1iBFQoeNg5AIIHGhqlgE86xGZfwWWqW8oKR1as1QyNjYfWhvl"
    "zmQPvnPB4sv0+8nxCcAueES29w4syGhkaGD5HkCm5gLs/ZX0Y0PXXVuOBtQVNB9Q8Ao9IW"
    "dDOkXv6Gf7Jv7dR4pnPSAyhEM+/l//Sx5jU0PPyKV//jG6x0jX2L9HPvklCtYoJekMaQr0"
    "RrQ9eradgA1u1EXIVdPXdcqzjc1YxiifCZPYH3/ShvajwkZIzYVgDPZciWjPVtD5kbWkeC"
    "8V1dJ9w9y2tjfeyjLj5oQd9OkDMpEDPaQlJgX9qHASRY8CIMgDz/FRjIC2faChe+jr3vYn"
    "kS/YPhspytX8VlnMbhVllJt2EUVijoSP6EQgaGDTc9nvN+CzoiPzwVuRP08+/hmMs8UhaE"
    "UH/GV6c/ZlevPm5ONbOqBF5n2wKq7CNxP26k/WBfSgsmXjFmbVQRQaysYc3OfkjYcNVAx5"
    "mjIDvRaSvov+sQ8jogdbTmzXdAesqID+9uLrbHE7/XpNuzdc93ed4TW9ndE3E/Z0k3n65i"
    "TDprgT8OvF7RdA/wT/nF/NGJyW6z04bMRtu9t/jug3Qd+zFNNaK1BLYhI9jh6Rpls269D1"
    "yD6JzD0YnaWVrO41q+NtmZPNSboGWBxumpLDzXOYncGQ4F/A4/IjMk3VzFFZh6mjUSdH5e"
    "T9+xpnJWlVeliyd3+mkI7kJ8X1oGHzoJ2n7A7xwYknmaldJPpdmF7FtC4U/3Aw04eG8AP9"
    "iO8nHz7+8PHT0cnHT6QJ+9D4yQ8VoF9c3RJEqVB9/1go71G48uj+aDmIaBA/ow0D+YJ8ET"
    "RVVABqUkX7FvY1MIT/jKZQ9HR7WjlwHasiyZlFACA/G3nBop8uzqbns0B3WUL1cQ3JOk/h"
    "Td9YEyvzJG6bf2VMjOwTaJLNWgt/Bf3mHPRlqnPEl116czQXdirN5dDu1h65FLzSVV53gY"
    "d87K9618DqHleoc8iAWOc5p2IC4XTnyXGd04m0KhcIjnPnU3ysr6C72kseiAgFFAdaEcGk"
    "gaIcffIDtbmpb8J1NhAdJ9wScipOTmopP1+308ONjI65yfE5pPzx5xukQy80EFeIMwmL88"
    "AmQplEk1pIBjKWyHFX2D4QrIVHpMWvcW8i4dWq3Ebmu8GgnT0hNmReess0qZbh4sYKilvv"
    "dH8sLINIatRV4K2gB1akf8I7DXgWdRc4luarHrAcAE3yXw05QTMI7nVrTR66a8J08IY2xS"
    "oCazIu0Ky1Oc55QNoa6I7wzFIfgUqgA5Qz40R/a+gCsskgbbzt17CekPb2rwA925CauIBF"
    "NBtAmG4BxzfdMfWEABs5pOOVRT7SAdij7hkVOfTtcgPWK6yuqNeEjqOSXQKoOsQGdbKAe+"
    "y43j6OlOhzwuMpcVh15k75jB9ei8D9X5PJ0dEPk/dHJ5+OP/7ww/Gn97HknX9VJYJ/vviJ"
    "SuGpc3G3WE4ndbG0ODN9I6dzpzgR0fZZYBxd31yczZTzm/n1abBiFc2x7Dvz8/TsZ+XiSl"
    "nczs9+PmXrVaEeW7qEydub+a+LmTL9PL06n199nV3dnobeUgUuqQvUNMi6vzNvZteXs6uL"
    "xZegiYNsInNidxW8/ZX0T8c5BWvSNR3izrya/apMb24ufpleLsgPQkT2cBz8RH7qnTm/OZ"
    "/dKN+uqZxDXrJdQvFtKgi62W2slthbS8+oUDNyWgadR/np8o/F/Kp4sUbtszIuJlvif4CO"
    "3dYMYaO/3fumSmcBWPpY97DpvqPD/r0to28F1BSflHgbQfzm6/S3LPpnl/PPWbmVdvBZqh"
    "+v0aWSOY25/GZpUuk66zOfg82ey/SYJNnLw9AzdjZjgkyYxALZmw/UNJGENQ+rS7VsPlCT"
    "JNIXttsXxvBqwBm2iPoZGLx1HWHJeVXsCSvYDxrA9Xrb07D2grrApnfB3dCyo6gBYOdRP2"
    "LCmjyxe+W5jS12X6HzOKo0ALIW45r2PyNqvNP898Vak1cOgIAt6u9cavnCFlHZgKtCE7wJ"
    "1G+QUL/HVK3+PrC03fmT95OTt2AFXaBb1iPSTgGC6ooFGudMgG0Odmd68BG5LKLaYbHN94"
    "5lgBVyEDUxEvmPWu4M64laIDHp17WAt7YiCx6hNJlFj30ItQCyTsoMef/anhWUYPS/0sn9"
    "gk5uxoIcrOW+16h9ny1o+7pcG7c9+aZXFEFQrQPHRNLM0Wv1VyoVUqnoiZC2W6l4aSHtxi"
    "/OTks1qCuiOX7N/LQ5kUWoy4dISwYRVMhHUnmGSiiRexIuaZYXe+Iv/41UD9xbDvvbUlXf"
    "cRCZV+/ALRGMgjkBHtEG4Lx41tpIRDYjj6gH9XuWuvbgQyJdeQidgpW1ZmIXgX+TkMXuyW"
    "Rloty238AvSwREgJ6x67nUo6sFPZO5pWGKF9RB4MYJnMfkC3xEvbIuIKzAZByaTef6qoqQ"
    "5rIPqiHgRf62EAT2z+DXs6kaf2BOCEy5d8ny9vwAczLUgV5duoWn+k7s4gVfS+Ro6UeWfm"
    "TpR37tfuTEplBbV9qS9Hmi7KsundSKUD2piFA9yUWodhxz3TOjXAdB14njt/Y03pIIOI2b"
    "z7tKiDUcKKepJNA1gJahPaXQdx3asxXR9xGnttQdptLaiGg+BEJeqWp2dX5x9RMRqQL6O3"
    "PBBCCXyT2Lny+ur2fn5M9HTM5+bR/Z5UOdc/VD+bH6IXeqhmpTjjvVhsgtlbRE9toS6SDo"
    "WlxW/C2FzF2XiVNyIcUJUIG1h5PHCTIZsdhr/kqXTeOxdU/YxQQjPlTTRDJkUXrCXiS8Lp"
    "yGDeD6y7anYc3busCmVyyvkzGhisTOpALfB0fi7HnQz0YcxFtNmD2Dhg3JjB4VOGHjd+Mq"
    "/6uabFWjMqjtu6ukLxQSDfmBOgdo7c5tFJvrLykhzX8es0gzmsZKc1eZ2JTzszbYL2eO6d"
    "ZGQcS9bnNLX4tDsLUgt0fys3jU46h9h8qx6pOZa3SjIn84qWNgygrqCQPTSVY/9rCnc1m7"
    "YwIBDd0fJrUMeJMKC94kZ4FYWtqGB+CovXD2nY+17DsfK+w7H/P2Hd/hcjqGzUWcu+9rwU"
    "ubVdif8wBjlc9AGbUXbvq2BrBB5CEuhCMCCXFNiCFz4BXoLeUexwRJP5yOdDxhnI6eV7Br"
    "lwrLYevujHifTshJ02uJOXkAEgRULgkjQdLhFmJajgH1rjaSph2xoarKA3OCpEOYod4Rxk"
    "eTGhgfTUoxpq8yBmnoYEjH4tinkzRyo258ox5gdIirrpDm60jj5MFocfZldv7tksWARH2w"
    "GJEgasSNokbOpldns0vWTqU/W2ftfpxesEf3EEdjv7hyH9m7cuzb6RWVbu9BuEV1S4W6Ej"
    "Gi7sGUphJPi2h8Hckgklexmshx5ezH5jSlDCXpM5cJqx6Qh3i8NUmS7rTQoWigVOLxi2Ic"
    "yk+gBIlwx89RLRvWUYUJ6yhvwZLxTzJQpyfxJIekrMtokhePJnEKa66z5+PqKBKnXnH1cg"
    "C44za2E21rSQhSSw8O48gkkztIteg0UkzSpsVE9TARt/HvTwR5yeCWPh04Y1Ae3MLuMeYR"
    "m2IC4a4paj7FcICWS8sOuMtjtJxfz65OAaW8M8/mV7/Mbm6ZYdIyyXbm9cUQKZPDW04OZ3"
    "gpKrQ9olbtVb+7qANpyOizIYPWuyRsMB+YDFnonPxsWTqCZjHLC+kzLF+SDtra7+In3fL5"
    "83x+mWLx54tMBZqrb18/z8gOx3hLGuFAv8lbPtj/OXa1qL1wNo9WAidtghEXvDGBcPg272"
    "sn+wzVEPLwVoREbUn64WkXqg6Dhl3V8k2PAK5xzfocoXgi08d6gcMVccP5G0w3NDZHobez"
    "WVwZBnlK8fBufrthLmd+J7WYu3kLDuoVUh8t31NcD9k8KOcIu0ycCS2KgwRcRgS8BhUrYW"
    "zmZHOaUrK512yOrWX7rOcMrbSZ9JnTKf8LJ6eztJLTfea0Qy9JYTDn2FxpFUvRSWsYhzUs"
    "9qEWC6Gl7sIcnQyxKoU2ck9zbl1F9HL76vf2FXKM1xyUIxTPPNG8OSgGTd/3/tviHuQa6/"
    "Mak0GVsqhcj2GVsaq7diFZVK6HReXIJ4Crb5eX9eKAiTZhHBgCTGNXL0g3As3jtGdQhkrX"
    "gYndPHMgRIJdCdx6KDlbdiXh5NGSrA4pV3DUrNG48n/F3qXoIu7Ke8oSV1DL8Ok+yUBjUB"
    "4+/bsPTQ97BaVPSqFNkkjxvUB8J9rTfrZxrVGlt3cwOwhqc1PfbA+eIWjB4Wqv9n2xTZhn"
    "f0pQyDVUsIYSh0l9UNNEEtfdOnB0wB+oqkWZbwMDt66illisuxXgSFY6HNXrbU+CAptesH"
    "26uznW8woE86QOWC6Ya8lWte5qzlydzEp9h4W8WTsQ3pjM0kxAGEl8Glx27HtL65necTwG"
    "awd7XpgElb2kudkh7swluiezGkCTTGAyDMAuuwnssArjoX+N6DR202mkURn3dEZsk3mqCT"
    "DDQVQdq49tJquOUwFxjaIV73vt/IikaTGqOt7OT0nfn96pjirvtKbvurjTOqxjmGfBwoC6"
    "Xu452ZIJ5DY5mvxwEqNP/6jCe/F1enmZl8LLbw7Ynf37ErcIJC7p4Mn/PSPK3/Tipytaiz"
    "DogV7w/fXi6nx2Q+/2NuioTnhNd3g99505/XY7/zq9vZgTuu32kj12a4VWN15ptfx29+Il"
    "cNCN7n2b/21fhc4XmXVQQFbfoG1Yy1dX0DQRV1J7gqTL23KJoMy5q+w5Xz/VmK6fSmfrp+"
    "Kcds/igThJI+CG0EbpABtudAsWnJXlmaAJku4zQV8muKmdMviWjVWe6R0TiDe3m885lJcM"
    "yEsGBnbJwPBqFpGmPn+p9f/+NvtGyxQF1EVF1s9nlxe/zG5oo9AamS+yfmfOfru+YG3Qs4"
    "2dPasdNc7G0P5XwMjS3SdJItMfcnVWMlbVHK7VzukCcgF91APxSdeKzNYtZrH1Ta+obFg1"
    "t7O0Mga/z5xWdUh4oClLLuEiTSWeMNx8hosOXVrkgUoIJSlFpWdTEam0COVPKYYTcpyiCP"
    "KKOicpKuFqnbRSDV1W33gVZwN1x+93fZHMcR0Cf2PFbg8mZ2klp/vM6UQIBu+GnaKUXO4z"
    "l/OBKjlmVwWUFJILJGh2EmGSjI9NxYvVDu5OUQkEf3Oe384j5gUHVObht4BpPpizLrR5Sj"
    "lpZaEDWeigz9kIfIUOkku8AXCvfXe1yHQ5rFlcG+b83rgb7WRo58HJStuuxEQ4I3/Koh1d"
    "F+3ISrqNzNpaKXYDRbUsw64Y0rSS2wC407jDG1/gfaHQOHBA3RlZLaTbaiHn4S0VZ9SBWJ"
    "SYmHw/rkxOzN530XTlkFjmZANk64bIGh9d1vjgrX55UNHLvgn/bccEDCtFih/o0fXs5mx2"
    "dXsKbOSoyPTuzB8vfmPxg/iZhRPezGbK4svF9TULPrx3EFLcFbZtypU9WNT8PRNPUPeLKl"
    "hXmNFjEmHiCDs2nBvYVIii51keLAg+q4I+Syk5sB8Hgmhed59rLFOU0l3YZ3ehT8s5KDo2"
    "cAGbS9dYhkraUPPLh05tV/FdxCORpomE2bkaAxWTTUX18BPvfRIpug7vk4i0gMFeJyG9gt"
    "K70hPj027vSrnJqU2jyoxmOy98O6oEMyowrOTajKuMK0H+tJtpvrME1NSMCi4BbwU98IA8"
    "F5gWMGiFpaAg071jGQACBuUp8M3QlbJE2phWbnLQv5FKJg64J388WJb2LquAtTZItREouI"
    "leWoFe0goU8CCH644yAH03T+xpB2qlCICDoFvkC666ZyaiEBDj5pPRNeRxzuEthUwKkUkh"
    "0mog1QKpFki1oI5aEPilC3SB2GFdrgBYcZO2vKqmbyzJw8r7GJLItlNUMzlCLC22VL/TI/"
    "gsfdpxVFhXXjTRt+1wXKF+hDOWQ3bbUkjhuIZwPLy6N3s5o8MaN3ZU4+b6cnpGvdG2DlXq"
    "jr6eXtC/IM5VuumHM1qq4W2r4ez/PPtM2F44DfHDpFZVpklFWaZJTkO0CUZc8MYEwuHb/B"
    "4emmbz8JaXkUyQdF9GcvS3e99U2cUBSx/rHjbdd3TYv7fFgArAWykuqfqOw1u0L0kj4J59"
    "VGfSl8/5nNiyV5DQywQItS9+dxwjlIzT4wA/QSXB3xt8Dz7z4R4SSMgPgVzBpqr7WlFYT2"
    "UISpa0wyiU+Mlgw1CidAO++Z6kkpN+/0nPf7zKs/Vw2HMpNrV9lllCWZpxdxqGDTcGLVlm"
    "IIJVSUJGiX6aoxRRaG9cVbUd6wlryFEcdI+ovsNnFCikFs5CMKnlo59U+Ogn0kf/Sn301I"
    "S9B48TZDJzo8/8vUdIo65qhcBfqIJXX1pXQC5QGkcTl9fFCKmWQU/4PMK36HkXuglaAU6n"
    "qvUz++222nwaL5/L+dVPUfOsTbWEBfz7WIZU7mW93st8/R7rTIyuckOXcLqIWIDF1vY9hC"
    "UhMTnkK8uFlvYh0GHSec1QWdpyJEtb9htTWXlRBgEPKQhYVlRrtaKaLADYXgHAAhmrAZzP"
    "E12JCXS5bHpAybpECTz0hMyi+wV5qtdtCwfOntAQD8AyZqRjVhtAiqVN1AVpKOdYuriFh4"
    "wmQLog/YiEUetZOsGsKkvViefcjnydYD9gDXen6gPXQzaw7gE0AaP+zgX/tnzHRBsA7z3k"
    "AOyBNXTDsPQxgDTfHgEDOfQCew84yLYcmkWPvYIk/ca7L8gmqkodCgBpNHVIZtt0mW3zKp"
    "JBWNFBmt/BAhJp8sf8263y4/xGCS8+/p9TYPmeck+ktUiCKLsU+Wx6dTa7ZNkiKsVE3zNh"
    "pHkzHxHkHcyXOZUgEc6O+qGWS/1DhUv9Q96lTrf7R/INiu9w5eZk6UREuybclXjLGIbX6R"
    "dKyhE1T/gkibTc7jYxxrnmB9oT6tZh7xu8da0JyXnVuzoDTOUrU2AifXCX/oKjdo0WHail"
    "JjRZU+DRD/arBrqWOkenOkfAubqyU9i8zxrGnkLTSR0d4KRcBzgZYEpzZ+C2ElJLfqqn2A"
    "4uCmKuCp9I04kkrnQcM/G7D00PewWOkVLskyQiId+Yi1/HJj3KuZN/0nQiQdvxpJbaj9R+"
    "pPZTqf1cO5bmq4XOm+jVuErzsRON2qq1RgXVHhVaU0n/D5azkZpRrzapsdSMpGYknma0h1"
    "Ik9aEGYsgtw4Zky4d7qaVF1AJF63bMC2zQy5I4PYMpIukWrOkW5ARZwsvpdY1ERw6MkzQi"
    "At18MAER1tVHDik6bi/QFi1vDBtqqSYH2WR5YHelaHBTEEFWOo3zhHI+5+El6jotkIk0ZW"
    "+gq7qQkBfI0v2JNeoZ0iKFGvm2tieX05QCRpTRa6a0ualvRnHWwkDZnsu5kKnBMoe1Jy6W"
    "Qy6ykflpB2VeBbmuh6df0Yxg0bKvUpmoOnIOnVGhW25KuxIVJ5vMA5PmhTQC1TXEQ3Qu1E"
    "QKO81MKJFResJo3QxKv5CeREXJQUGxNS04/hxfRweCdpPq8YZ0KOgBGENH1Jjl5sWgG8y0"
    "4wppSYjCsBLXuYluLfKf2qt5EfUnyJTcL/gnECXKI4BiUWNnGJAC46Z1UrhXlm0jB6xXFo"
    "DuI9KAZ4ElIv/VNQCXlu8BCMKeT0krZNKsa+wCOk8ANgEz3IM3NPF6jbUH5H3Hviqbyt3C"
    "MHfm3ejK8vD9BhjobvSW3sseUrqAuXyB5li2+w7c0lFIJ5SaBYHRf22CDym/uD0RVvVIJh"
    "mzGQc/ozoSKuJDoAVFpCb9UhxbWF4iobzKWy5YFFMn3vHyWKeI6XX9i1F7AQNyPtXwLX4q"
    "9Sx+yvkVwxXIAW6CREB8Jye1Ap5OKgKeTnLe247vZ+zZ0d7B9Yy0QImJuCBOkAg4jRveJn"
    "RLhTpXTOSWQrwAj8bvb+2RN7Fv03q4fqW8OzEjs/LwOUMq3cZ95nNaY6kdgZEkkk5EWbO5"
    "E0xlzWbp7x6Sv7tgn20A10ReoKDIpo+X3djK4s1NFG/uRyYsc4OW28IjL+luU7gdtdxpCf"
    "9irQH5rA0g6N1jx0BaYCl2WQFSwNY5WJEfAZaWt4pM1S54czdaWv7DygOR8fhu9PYd+BnZ"
    "HrU408Y5c3iLY92ZGnYQu4zeHYM3cAyWbwE0NfBmOQbw7Ri41tbQ/p0LQie/CyAZ0jIRcK"
    "D5gOh30D/YPK5lIA/74TGMB9nYwd22bWQJS7O6cGb15JSpL/xlqLqTqt/3WPYriPThVP9S"
    "RFJVKUxzkGp1G7hKtVrqfz0RpaX+1xf9L5JAJbY1sE2d3T1UAIOYsHINMI4Z260CxuFqh+"
    "iATBlLBCjRQKIlcj2XlsgP9DYadBSliecvs2i2a84KtalNqiGtS9ZO6rJ2klR8pCA5EEx7"
    "o/QMfkOQ4vnBgs4h6Yh5MaeGIB9Fv7cvar7o9G5SiG9ceGTpQeWyY5Q9tFt0fIpa7pQcb1"
    "eQBrCHjhWgWxYNcYeJoHZgk28+DUzsRBaksfBRa2qeD1uNwT154KIHehG8mxcjWxyn0MKf"
    "cKpFU752EVAdugGEjRcCTc+qBseRZv9emv1LMgcroj3C9t0JaB96LEckpTOie6ZWSw7U6q"
    "i+AnIZwtnr0L7M7sjJ7zy1ZHev2d0b7UswrVZaCsSJ5BQRV2kr2LW9N+zKe4lww6EiWyfe"
    "ULpJO7KwdOfK893Vwl8mf33eJJNtM660y5DWipttXqPIwdKx1i67P552AZJdjIGGNN/WMX"
    "WwaWC5AcjUbIsADtbYW2EzCsgsuqC+sX6r716JKJUVdFf1DTDb6r8N2l7Sa7mZIaQvsUtf"
    "Yno25fCtyPHOEgqYhtz83SwRanmkb8kSqEZaGJCrVOzZb7cp7ToC883X6W9vUxr25fzqp6"
    "h5Avyzy/nnrBNycnyicU3uLYUQgHdQ4R/6HhfCUXsB8T2a1ID3aFKKLn0lK/7z7x0NVvwP"
    "RTmeCZ0gEa5kRPMzWkNPhVc4leO7pRAO3uYrcsiCJ63CS10b/2eZXAAnaYSDuHlBWdaU2e"
    "cIHJyHSl5R8SrYrCEmh+7J6jy1LCA0FG6TzdgNTLP1Bb0iauGOzOZlaumVFscr3bPdSTql"
    "e+He679TumfztgGfNPkEcPXt8rLeXUWEDj8hBx9618B50M9GHMj5Lhjg9C4XXM1Q4F8uvs"
    "Ch3MNccPsGI6jhYzaQQyv00qI6LtwAi/ASpLtzT8FfPOg8IO8vwMamiTTA4mnHtHA9elZ1"
    "X0PaGJjomRb4GWWwb2GIO/MvYfjAX8AbyxkzzzQwrW2WQNgQIDoz4xQD655lqbK96e2hCa"
    "mJAAbpQ+7T6T2u8CFDNdrMant/1JLtTwT/T8PFq6UlbNdZI4TS/FKx2j0TH2Sodv8xDWQK"
    "PlBTNBJVqRO/nppLPdthm4wlzu8KnSI71Dmb2gz7FKW9CHLARwXKc/RqXKUxu4lGda6bg0"
    "80Yd3XMCIz4hSwSxoDTTa6Io75ArC3GQOo66GuaQCWv76J/zSgp64IY4qislsZY7eGKzXQ"
    "LjVQ9v8crOX6Z9ReRO2zTnDnp/LYzk+50E4283nQjQk6dNqRlduR366O267ca5cFt+Re2n"
    "8s5lfF4MYEWX0eqx74D9Cx29rJOfrbvW8yyw1Y+lj3sOm+o+P9vS3kK6CmAKVU+1ygeDYm"
    "fJzW2WkH2UBxaWrZhxWDM7XIoKNXwWZp+pFGip4ofM1WnmtQ31th2yY/sMxjmno/rtT8wp"
    "b1vaTlIFfnv7IKps4ml/kqNa4uNa6ICxxqQYJEwHuBa6gF5cF8uVi+/iu0owXZ0zWyA3Wj"
    "drWStEgxyaNcVcovohCmenInxfwSFecchBS4tApTGStwT9MJ5OjsGH8pE0uZWMrE1TIxw7"
    "1IGI4YUiEFx00alX6lpCt9C30Qcj9MaglhkwohbJITwmx/qWNVeURcykSaqhmsX3Yat5xQ"
    "6yLVQR4FjLvUTwGpBJwHcBdBHRXszeU1fwqJhdhRui7+k5y8hYWX6s17keovtRquDHXdog"
    "WiLQc/YJPLtVlAKp2czTs5fcdBpspnukvQdGhi+rY478a61LBTfyDlV5D5/bdFR+a711yD"
    "5dvtWTcot1CGpXsz/75bRTcQN2zntx2sIlfBJkvGUzz4XGAXrSrxVtxBh7Xe4ieDLfZmww"
    "0NWlUMREDTuCSWAlIpsTQusRCt0C0Q3MvZEhP0gxl0WGGYsXSgqdEP4uBHkkaypHGWsEro"
    "tmMZNtcqyZBJxjTOmCdoY03Zz8BZRCug9eHDpI79gbSqMCnnbBAhdg6rIrWnBa6qDyH40L"
    "UhjlaPUIJLqE3fWBZV1y31VRXSdnif3/v3Q7nSD3pkvKXPCpasyW+y1srK8h2eCxOruugO"
    "8x8mA0Gc1lyJSvXUTuJI0Mhzt/FzN4JXcVVIy94ovulhPc+g6mD/8l5k+ck+x/3Tl0ZQAI"
    "nL+5Amk8uylWWZqE7Fu2FmSCWDGmcQdslvMCxOE2SCStodOeyOMtuwXEYjP1Cbm/omPCkH"
    "cjyFh3rudMpFi5ZHNhYdYwp6QhSY/LLkqCg5jbubPaFBxu2WBZaWHP6KAZ3HxkD7Sjp7BZ"
    "g5ftG5vB9kN74pKmIqNGyIHw7F6izsRlyYnEO3rTPShajwvECx4GHihF0WVECaaQdjFfZ1"
    "Rv4UFS9kQKwrrm9vi+cehNmM9rfYdicqbszAfCBWc9qHqACFJeEOhEi8+m5FIClQRweffi"
    "FUU9qV6HgRSejQxRfCdU16Eh0tFxbWjdoDrUXUk8hwPWG0bgauX0hPwqJFI0KS99YfChnp"
    "b5HoTlTcCi6KOBC54qsqRMQuLBl6IF6J6qRCgpSsrnMoVJmaPiLiZSAaJEJROxQsmtD9Ne"
    "5NVLw8+KzQ33QgWrfw+SYskCIiSuEtUQeCVP8yrcGA1Ho5hsQKLCvMkF6kO0o0KEa6dcO1"
    "yvzwIvigHIQsVPaS5Rsciy8TL2rfYe6StTaD+TLEPDxZUaj5kEK6f/BBmqCQiO6u0RRt0A"
    "eWaJpqBja/uUIZfMeZMk2JmbX7DhBZ+6oeqH2tfRUJ8AVCVkK2LxeuIj2iDaEqVwCWgooe"
    "aF9SwnplpWD7tu5bzREPJzmPDBtTdCjFdiTA1isDW1EFdoCldm+DrP720T2ug+5xObrHhS"
    "V2laXNse0mKKQoW5ThZds6Ri45HZXILFxgkKoK2C7pQQZvcwRvS7VXFtKVykSlMhEZuguU"
    "iYQNvFyZeEo0qnGZ4NKx1kRXBZYJIDCQo66g6X3nAtIJaf9oWmsTLDfsrnpajsIyANbYX2"
    "usET0DPCJku/SBg4ruEWy6+2odhyb8Z7WaP0Zb4FNMZ/F+I9oaPW9D/kL2hMiHUyxaGozs"
    "mWDK/vhTKkxdKkyclSDELf7QfL2yYClwgBsTCHglyXEdeEmrclX0OAcwTapBHg1FoGOjoo"
    "KqlbJnIb2UPDkkzwHoqx2ZAlqpRr7irCkZEwiH71EdO9ZRuSHrKGfJgppGxZM8vBVZ+VsS"
    "mfCd2kGaSPgeSKHajvaT11yjthuIX3GB2m4Abtj1IEsUlOMuVomC1KkAXU9xETL34HuWVn"
    "K+L5yPMEqwPh9nLq3a0qrdLrxdWLV7UtqiZ9ahnpVsGCI6L1CxYYgwdZlIP0R8XjBFfMhw"
    "ySTeWmi9fBLvUCZZm97vKTkm1NWowPkdvhlX+b7hto28SXZIkv+4wu9LTvyofE5dW1WCRE"
    "D/7+T4uJaH8rjCQ3mcczLYBdGG5QiHzQVE98P7erGyVcGyOf8YGdEr9PqWu3ASJN27cNo/"
    "Vlp11uQMCV2Gcv35/2xldNI="
)
