from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "automation_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "flow" VARCHAR(24) NOT NULL,
    "data" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expanded_at" TIMESTAMPTZ,
    "order_id" INT REFERENCES "order" ("id") ON DELETE CASCADE,
    "product_id" INT REFERENCES "product" ("id") ON DELETE CASCADE,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_automation__expande_e68c8a" ON "automation_event" ("expanded_at", "created_at");
COMMENT ON COLUMN "automation_event"."flow" IS 'PRICE_DROP: price_drop\nBACK_IN_STOCK: back_in_stock\nBROWSE_ABANDONMENT: browse_abandonment\nREPLENISHMENT: replenishment\nWIN_BACK: win_back\nNEW_ARRIVALS: new_arrivals\nORDER_UPDATES: order_updates';
COMMENT ON TABLE "automation_event" IS 'Something that happened to a product or an order that a flow answers (a price went down,';
        CREATE TABLE IF NOT EXISTS "automation_mark" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "scan" VARCHAR(24) NOT NULL,
    "until" TIMESTAMPTZ NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_automation__store_i_67d13e" UNIQUE ("store_id", "scan")
);
COMMENT ON TABLE "automation_mark" IS 'How far a store''s periodic scan (browse abandonment, win-back, …) has looked: each pass';
        CREATE TABLE IF NOT EXISTS "automation_run" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "flow" VARCHAR(24) NOT NULL,
    "shopper" VARCHAR(260) NOT NULL,
    "email" VARCHAR(254),
    "subject" VARCHAR(64) NOT NULL,
    "occurrence" VARCHAR(64) NOT NULL,
    "data" JSONB NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "due_at" TIMESTAMPTZ NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "sent_at" TIMESTAMPTZ,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    "visitor_id" INT REFERENCES "visitor" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_automation__store_i_4b2c39" UNIQUE ("store_id", "flow", "shopper", "subject", "occurrence")
);
CREATE INDEX IF NOT EXISTS "idx_automation__status_56692b" ON "automation_run" ("status", "due_at");
CREATE INDEX IF NOT EXISTS "idx_automation__store_i_fad7d1" ON "automation_run" ("store_id", "flow", "shopper", "sent_at");
COMMENT ON COLUMN "automation_run"."flow" IS 'PRICE_DROP: price_drop\nBACK_IN_STOCK: back_in_stock\nBROWSE_ABANDONMENT: browse_abandonment\nREPLENISHMENT: replenishment\nWIN_BACK: win_back\nNEW_ARRIVALS: new_arrivals\nORDER_UPDATES: order_updates';
COMMENT ON COLUMN "automation_run"."status" IS 'PENDING: pending\nSENT: sent\nSKIPPED: skipped';
COMMENT ON TABLE "automation_run" IS 'One flow''s message to one shopper about one subject for one occurrence. The unique key is';
        CREATE TABLE IF NOT EXISTS "order_event" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(24) NOT NULL,
    "carrier" VARCHAR(100) NOT NULL,
    "tracking_url" VARCHAR(1000) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "order_id" INT NOT NULL REFERENCES "order" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_order_event_order_i_2e5f5b" ON "order_event" ("order_id", "created_at");
COMMENT ON COLUMN "order_event"."status" IS 'SHIPPED: shipped\nOUT_FOR_DELIVERY: out_for_delivery\nDELIVERED: delivered\nCANCELLED: cancelled';
COMMENT ON TABLE "order_event" IS 'A step of an order''s journey after it was placed, as the merchant reported it.';
        CREATE TABLE IF NOT EXISTS "product_alert" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(8) NOT NULL,
    "shopper" VARCHAR(260) NOT NULL,
    "email" VARCHAR(254),
    "channel" VARCHAR(8) NOT NULL,
    "locale" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "notified_at" TIMESTAMPTZ,
    "product_id" INT NOT NULL REFERENCES "product" ("id") ON DELETE CASCADE,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    "visitor_id" INT REFERENCES "visitor" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_product_ale_product_4e8aac" UNIQUE ("product_id", "kind", "shopper")
);
CREATE INDEX IF NOT EXISTS "idx_product_ale_product_88504f" ON "product_alert" ("product_id", "kind", "notified_at", "created_at");
COMMENT ON TABLE "product_alert" IS 'A shopper who asked to be told about a product: when it is back in stock (the widget''s';
        ALTER TABLE "delivery" ADD "flow" VARCHAR(24);
        ALTER TABLE "delivery" ADD "automation_run_id" BIGINT;
        COMMENT ON COLUMN "delivery"."kind" IS 'CAMPAIGN: campaign\nREMINDER: reminder\nORDER: order\nAUTOMATION: automation';
        ALTER TABLE "order" ADD "fulfilment_status" VARCHAR(24) NOT NULL DEFAULT '';
        ALTER TABLE "product" ADD "created_at" TIMESTAMPTZ;
        ALTER TABLE "product" ADD "replenish_days" INT;
        ALTER TABLE "product" ADD "predicted_replenish_days" INT;
        ALTER TABLE "store" ADD "automations" JSONB NOT NULL DEFAULT '{}';
        CREATE INDEX IF NOT EXISTS "idx_cart_visitor_3f8196" ON "cart" ("visitor_id");
        CREATE INDEX IF NOT EXISTS "idx_cart_item_product_bcfacf" ON "cart_item" ("product_id");
        ALTER TABLE "delivery" ADD CONSTRAINT "fk_delivery_automati_60922cd4" FOREIGN KEY ("automation_run_id") REFERENCES "automation_run" ("id") ON DELETE SET NULL;
        CREATE INDEX IF NOT EXISTS "idx_delivery_automat_037a4d" ON "delivery" ("automation_run_id");
        CREATE INDEX IF NOT EXISTS "idx_order_store_i_3b2ba6" ON "order" ("store_id", "email", "created_at");
        CREATE INDEX IF NOT EXISTS "idx_order_attribu_618c23" ON "order" ("attributed_delivery_id");
        CREATE INDEX IF NOT EXISTS "idx_order_item_order_i_a417da" ON "order_item" ("order_id");
        CREATE INDEX IF NOT EXISTS "idx_order_item_sku_4844e5" ON "order_item" ("sku", "order_id");
        CREATE INDEX IF NOT EXISTS "idx_product_store_i_2c178c" ON "product" ("store_id", "created_at");
        CREATE INDEX IF NOT EXISTS "idx_product_store_i_fbe8ff" ON "product" ("store_id", "category");
        CREATE INDEX IF NOT EXISTS "idx_product_vie_product_25d428" ON "product_view" ("product_id", "last_viewed_at");
        CREATE INDEX IF NOT EXISTS "idx_visitor_store_i_197907" ON "visitor" ("store_id", "email");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP INDEX IF EXISTS "idx_product_vie_product_25d428";
        DROP INDEX IF EXISTS "idx_order_item_sku_4844e5";
        DROP INDEX IF EXISTS "idx_order_item_order_i_a417da";
        DROP INDEX IF EXISTS "idx_delivery_automat_037a4d";
        ALTER TABLE "delivery" DROP CONSTRAINT IF EXISTS "fk_delivery_automati_60922cd4";
        DROP INDEX IF EXISTS "idx_cart_item_product_bcfacf";
        DROP INDEX IF EXISTS "idx_visitor_store_i_197907";
        DROP INDEX IF EXISTS "idx_product_store_i_fbe8ff";
        DROP INDEX IF EXISTS "idx_product_store_i_2c178c";
        DROP INDEX IF EXISTS "idx_order_attribu_618c23";
        DROP INDEX IF EXISTS "idx_order_store_i_3b2ba6";
        DROP INDEX IF EXISTS "idx_cart_visitor_3f8196";
        ALTER TABLE "order" DROP COLUMN "fulfilment_status";
        ALTER TABLE "store" DROP COLUMN "automations";
        ALTER TABLE "product" DROP COLUMN "created_at";
        ALTER TABLE "product" DROP COLUMN "replenish_days";
        ALTER TABLE "product" DROP COLUMN "predicted_replenish_days";
        ALTER TABLE "delivery" DROP COLUMN "flow";
        ALTER TABLE "delivery" DROP COLUMN "automation_run_id";
        COMMENT ON COLUMN "delivery"."kind" IS 'CAMPAIGN: campaign\nREMINDER: reminder\nORDER: order';
        DROP TABLE IF EXISTS "product_alert";
        DROP TABLE IF EXISTS "automation_mark";
        DROP TABLE IF EXISTS "automation_run";
        DROP TABLE IF EXISTS "automation_event";
        DROP TABLE IF EXISTS "order_event";"""


MODELS_STATE = (
    "eJztXetz2za2/1cw+tJ2Rs3ESux4vTs7o9hq461j+1p227vrHQ5EwhbXJMHyYVm3m//9Au"
    "BDfIuQSJqE8aWNSRyQ+h0QOO/z58jEGjLcd1PN1K05cl0dW6MT8OfIgiYi/yi8PwYjaNub"
    "u/SCBxcGI4B0pOImhi5cz4GqR24+QMNF5JKGXNXRbS942GgKXP3RQtqPugUWDl65yAH4AX"
    "hLBNhsQMWWiw30Dpx7LvkDP+kIqNBxdOQCCBxoadgEHn5C1l8Btow1JaWP1rBKnq1bj609"
    "5d5iF75zwfzL9MfJ4RHQXfCEbO8dmJOnkUcD7HsAWZoLdO+vZB4buu4KOxpQl9B6RMEt9I"
    "ycNZkUvaOv7Vv6Hz5SPPyIyCMc8vL/+je5rFsaekEu/fPP0YOODI39e+STX6LoGqUkkyFN"
    "gd6IjkcvthOwwY2mCLlq+YZBeba2GcsY5QthEvvjGx1oPynsCam1EDyDXVci2tMldH5iIy"
    "neC0XFhm9am9H22ltiKx5O2EGvPiILOdBDWmJR0JcKF1F0KQCCXPAcH8UIaJsLGnqAvuFt"
    "fhJ5g821kaJcXt0q89mtooxyyy6iSKyR8BJdCAQN3fJc9vtN+KIYyHr0luTPo4/fgudscA"
    "hG0Qf+Or05/TK9+f7o4w/0gZis++CruAzvTNitb2wK6EFlw8YNzKqDKDSUjTm4z8gdTzdR"
    "MeRpygz0Wkj6LvrHLoyILmw4sfmmO2BFBfS3519n89vp12s6vem6fxgMr+ntjN6ZsKvrzN"
    "XvjzJsiicBv53ffgH0T/DPq8sZgxO73qPDnrgZd/vPEX0n6HtYsfBKgVoSk+hydIkM3bDZ"
    "gK5H9klk7cDoLK1kda9ZHW/LnGxO0jXA4nDTlBxunsPsDIYE/wIelx+Raapmjso6TB2NOj"
    "kqJ+/f1zgryajSw5Ld+5ZCOpKfFNeDps2Ddp6yO8QHJ55klnaR6HdueRXLulD804OVPjSE"
    "H+lL/Dg5+Pjp4/GHo4/HZAh70fjKpwrQzy9vCaJUqH54KpT3KFx5dH/CDiIaxC9ozUA+J2"
    "8ELRUVgJpU0e7CuQaG8LdoCUVXN6eVA1exKpJcWQQA8rORF3z00/np9GwW6C4LqD6tIPnO"
    "U3jTO3iCM1fisflb5sTMXoEW2ay18FfQd85BX6Y6R3zZpjdHa2Gr0lwO7XbtkUvBK/3K63"
    "7gIR/7q9418HWPK9Q5ZELd4DmnYgLhdOfJYZ3TiYwqFwgOc+dTfKwvobvcSR6ICAUUB1oR"
    "waSBohx98gO1K8tYh9/ZQHSccEvIqTg5qaX8fN0sDzcyOuYWx+eQ8qdfbpABvdBAXCHOJC"
    "zOA1sIZRJN6kMykblAjrvU7T3BmntEWvwazyYSXq3KbWS9mwza2TNij8xLb5kh1TJcPFhB"
    "8eit7o85NomkRl0F3hJ6YEnmJ7zTgIepu8DBmq96ADsAWuS/GnKCYRA8GHhFLrorwnTwPR"
    "2qqwisyHOBhlfWOOcBaetB94RnWH0CKoEOUM6ME/OtoAvIJoO08WZeEz8j7Ye/AvRiQ2ri"
    "AphoNoAwHQPHt9wx9YQAGzlk4iUmL+kA3aPuGRU59O5iDVZLXV1Srwl9jkp2CaAaUDepkw"
    "U86I7r7eJIiV4nPJ4Sh1Vn7pTP+uNbEbj/Mpl8+PBp8v7D0fHhx0+fDo/fx5J3/laVCP75"
    "/GcqhafOxe1iOV3UxdLizPLNnM6d4kRE22eBcXR9c346U85urq5Pgi9W0Rxs31ufp6e/KO"
    "eXyvz26vSXE/a9KtRjSz9hcvfm6rf5TJl+nl6eXV1+nV3enoTeUgUuqAvUMsl3f2/dzK4v"
    "Zpfn8y/BEAfZRObU3WVw9zcyP33OCViRqekj7q3L2W/K9Obm/NfpxZz8IERkD8fRn8lPvb"
    "eubs5mN8rdNZVzyE22Syi+TQVBN7uN1RJ7a+kZFWpGTsug6yi/XP4xv7os/lij8VkZVydb"
    "4n+BobutGcJGf3vwLZWuArDwdcPTLfcdfezf2zL6VkBN8UmJtxHE33+d/p5F//Ti6nNWbq"
    "UTfJbqx1t0qWROYy6/WZpUus76zOdgs+cyPSZJdvIw9IydzZggEyaxQPbmAzVNJGHNw+pS"
    "LZsP1CSJ9IVt94UxvBpwhs2jeQYGb11HWHJdFXvCCvaDBnC93sw0rL2gLrDpXXA7tOwoag"
    "DYq2geMWFNnti98tzGFruv0HkaVRoA2YhxTfufGQ3eav77glfklgMgYB/1dy61fOmYqGzA"
    "VaEFvg/Ub5BQv8dUrf4xsLTd+5P3k6MfwBK6wMD4CWknAEF1yQKNcybANh92b3nwCbksot"
    "phsc0PDjbBEjmImhiJ/EctdyZ+phZInczrYuCtcGTBI5QWs+ixF6EWQDZJmSHvX5uzghKM"
    "/i2d3K/o5GYsyMFa7nuNxvfZgrary7Vx25NveUURBNU6cEwkzRy9Vn+lUiGVip4IaduVit"
    "cW0m784uy01IC6Iprj18xPuyKyCHX5EGnJJIIKeUkqz1AJJXJPwgXN8mJX/MV/kOqBB+yw"
    "v7Gq+o6DyLp6B26JYBSsCfCE1kDPi2etPYnIZuQS9aD+yFLXHn1IpCsPoROwxCsmdhH41w"
    "lZ7IEsVibKbeYN/LJEQAToRXc9l3p0tWBmsrY0neIFDRC4cQLnMXkDH1GvrAsIK3TyHJpN"
    "5/qqipDmsheqIeBF/rYQBPbP4NezpRq/YE4ITLl3yeft+QHm5FF7enXpFp6aO7GLF7wtka"
    "OlH1n6kaUf+a37kRObQm1daUPS54Wyq7p0VCtC9agiQvUoF6Haccx1z4xyHQRdJ47f2st4"
    "QyLgMm4+7yoh1nCgnKaSQNcAWob2lELfdWjPRkTfRZzaUHeYSmsjovkQCHmlqtnl2fnlz0"
    "SkCujvrTkTgFwm98x/Ob++np2RP590cvZru8guB3XO1YPyY/Ugd6qGalOOO9WGyA2VtET2"
    "2hLpIOhiLiv+hkLmrsvEKfkhxQlQgbWHk8cJMhmx2Gv+SpdN47F1z7qrE4z4UE0TyZBF6Q"
    "l7lfC6cBk2gOuvm5mGtW7rApv+YnmdjAlVJHYmFfg+OBJnz4J51uIg3mrC7Ck0bUhW9KjA"
    "CRvfG1f5X9XkqBqVQW3fXSZ9oZBoyI/UOUBrd26i2Fx/QQlp/vOYRZrRNFaau8rEppyftc"
    "F5OXNMNzYKIu51m1v6VhyCrQW5PZGfxaMeR+M7VI5Vn6xcsxsV+eCojoEpK6gnDExHWf3Y"
    "0z2Dy9odEwho6D6Y1DLgTSoseJOcBWKBtTUPwNF44ew7H2vZdz5W2Hc+5u07vsPldAyHi7"
    "h239eClw6rsD/nAdZVPgNlNF645dsawCaRh7gQjggkxDUhhsyBV6C3lHscEyT9cDrS5wnj"
    "dPS8gl27VFgOR3dnxDs+IidNryXm5AFIEFC5JIwESYdbiIUdExpdbSRNO2JDVZUH5gRJhz"
    "BDoyOMP0xqYPxhUooxvZUxSENHh/RZHPt0kkZu1I1v1AOMDnHVJdJ8A2mcPBjNT7/Mzu4u"
    "WAxINAeLEQmiRtwoauR0enk6u2DjVPqzDTbup+k5u/QA9ejZr67cR/auHPu2ekWl23sQbl"
    "EDq9BQIkbUPZjSVOJpEY1/RzKI5E18TeS4cnZjc5pShpL0mcuEVY/IQzzemiRJd1roUDRQ"
    "KvH4RTEO5SdQgkS44+dDLRvWhwoT1oe8BUvGP8lAnZ7Ek+yTsi6jSV49msQprLnOro+ro0"
    "icesXVywHgjtvYLLSNJSFILd07jCOTTO4gFdNlpFhkTIuJ6mEibuPvnwjyksEtfTpwxqA8"
    "uIX1MeYRm2IC4doUNZ9iOEDLJbYD7vIYLa+uZ5cngFLeW6dXl7/Obm6ZYRJbZDvz+mKIlM"
    "nhLSeHM7wUFdoeUat2qt9dNIE0ZPTZkEHrXRI2WI9Mhix0Tn7G2EDQKmZ5IX2G5QsyQVv7"
    "XXylWz5/vrq6SLH483mmAs3l3dfPM7LDMd6SQXqg3+QtH+z/HLtaNF44m0crgZM2wYgL3p"
    "hAOHyb97WTfYZqCHl4K0KiNiT98LQLVYdB010V+5ZHANe4Vn2OUDyR6WO9wOGKuOF8B9M1"
    "jc1RaHc2zJVhkKcUD+/mtxvmcuZ3Uou5m7fgoF4i9Qn7nuJ6yOZBOUfYZeJMaFEcJOAyIu"
    "AtqFgJYzMnm9OUks29ZnNsLdvle87QSptJnzmd8r9wcjpLKzndZ047tEkKgznH5kqrWIpO"
    "WsM4rGGxD7VYCC11F+boZIhVKbSRe5pz6yqil9tXv7evkGO85qAcoXjmiebNQTFoxq79b4"
    "tnkN9Yn78xGVQpi8r1GFYZq7ptF5JF5XpYVI68Ari8u7ioFwdMtAlzzxBgGrt6TqYRaB2n"
    "PYMyVLoOTKzzzJ4QCdYSuPVQcvbZlYSTR59kdUi5okfDGo0r/1fsXYoacVf2KUu0oJbh03"
    "2SgcagPHz6Dx9anu4VlD4phTZJIsX3AvGdaE+72ca1RpXe3sHsIKhdWcZ6c/AMQQsOv/Zq"
    "3xfbhHn2pwSF/IYKvqHEYVIf1DSRxHW7Dhwd8HuqalHm28DArauoJT7W7QpwJCvtj+r1Zi"
    "ZBgU1/sH3q3RzreQWCeVIHLBfMteSoWr2aM62TWanvsJA3GwfCjskszQSEkcQnQbNj31vg"
    "F9rjeAxWju55YRJUtklzs4+4txbogaxqAC2ygMljgO6yTmD7VRgP/WtEp7GbTiONyrinM2"
    "KbzFNNgBk+RDV09anNZNVxKiCuUbTifa+dH5E0LUZVx9v5Ken+6Z3qqLKnNb3XRU/rsI5h"
    "ngVzExpGuedkQyaQ2+TD5NNRjD79owrv+dfpxUVeCi/vHLA9+/c1uggkmnTw5P+eEuVvev"
    "7zJa1FGMxAG3x/Pb88m93Q3t4mfaoTtukO23PfW9O726uv09vzK0K32V6yx26t0OrGK62W"
    "d3cv/gT26ujet/Xfdit0vsisvQKy+gZtw1q+uoSWhbiS2hMkXXbLJYIy566y43o9rrFcj0"
    "tX63FxTruHeSBO0gi4IbRROsCGawPDgrOyPBM0QdJ9JujrBDe1UwYf27rKs7xjAvHWdvM5"
    "h7LJgGwyMLAmA8OrWUSG+vyl1v/nbnZHyxQF1EVF1s9mF+e/zm7ooNAamS+yfm/Nfr8+Z2"
    "PQi607O1Y7apyNof2vgJGlu0+SRKY/5OqsZKyqOVyrndMF5AL6qAfik64VmW1gZrH1La+o"
    "bFg1t7O0Mga/z5xWDUh4oCkLLuEiTSWeMNx8hosBXVrkgUoIJSlFpWdTEam0COVPKYYTcp"
    "yiCPKKOicpKuFqnbRSDV1W33gTZwN1x+/WvkjmuA6Bv7FitwOTs7SS033mdCIEg3fDTlFK"
    "LveZy/lAlRyzqwJKCskFEjQ7iTBJxsem4sVqB3enqASCvznPb+cR84IDKvPwW8A0H8xZF9"
    "o8pVy0stCBLHTQ52wEvkIHyU+8AXCvfXc5z0w5rFVcG+b83rgd7WRo597JSpupxEQ4I3/K"
    "oh1dF+3ISrqNrNpaKXYDRbUsw64Y0rSS2wC403jCG1/gfaHQOLBH3RlZLaTbaiFnYZeKU+"
    "pALEpMTN4fVyYnZvtdNF05JJY52QOydUNkjY8ua3zwVr/cq+hl34T/tmMChpUixQ/06Hp2"
    "czq7vD0BNnJUZHn31k/nv7P4Qf2FhRPezGbK/Mv59TULPnxwEFLcpW7blCs7sKj5PhPP0P"
    "CLKlhXmNFjEmHiCDs2nJu6pRBFz8MeLAg+q4I+Syk5sBsHgmhed5c2lilK6S7ss7vQp+Uc"
    "FEM39QI2l35jGSppQ81/PnRpu4rvIh6JNE0kzM7VGKg62VRUT3/m7SeRouuwn0SkBQy2nY"
    "T0CkrvSk+MT9u9K+UmpzaNKjOa7Tz37agSzKjAsJIbM64yrgT5025m+NYSUFMrKrgEvCX0"
    "wCPyXGBhYNIKS0FBpgcHmwACBuUJ8K3QlbJA2phWbnLQf5BKFg54IH88Yqy9yypgrT2k2g"
    "gUdKKXVqDXtAIFPMjhuqUMQN/NEzvagVopAuAg6Bb5gqv6zEQUAmLcfDK6hjzONbyhkEkh"
    "MilEWg2kWiDVAqkW1FELAr90gS4QO6zLFQAcD2nLq2r55oJcrOzHkES2naKaySfE0mJL9T"
    "s9gs/CpxNHhXVlo4m+bYfjCvUjXLEcstuGQgrHNYTj4dW92ckZHda4saMaN9cX01PqjbYN"
    "qFJ39PX0nP4F9Vylm344o6Ua3rYazv7Ps8+E44XTEA8mtaoyTSrKMk1yGqJNMOKCNyYQDt"
    "/m9/DQNJuHt7yMZIKk+zKSo789+JbKGgcsfN3wdMt9Rx/797YYUAF4K8UlVd9xeIv2JWkE"
    "3LM/1Fn05Ws+J7bsFCT0OgFC7YvfHccIJeP0OMBPUEnwdwbfgy98uIcEEvJ9IFd0SzV8rS"
    "ispzIEJUvaYRRKfGWwYShRugHfek9SyUW/+6LnP17l2bo/7LkUm9o+yyyhLM24PQ3DhmuT"
    "liwzEcGqJCGjRD/NUYootDeuqtoOftY15CgOekBU3+EzChRSC2chmNTy0U8qfPQT6aN/oz"
    "56asLegccJMpm50Wf+PiCkUVe1QuAvVMGrm9YVkAuUxtFE87oYIRWb9ITPI3yLXrahm6AV"
    "4HSq+n5mv99Wm0/jz+fi6vLnaHjWplrCAv59LEMq97Je72W+8aAbTIyuckOXcLqIWICPre"
    "0+hCUhMTnkK8uFls4h0GHSec1QWdpyJEtb9htTWXlRBgEPKQhYVlRrtaKaLADYXgHAAhmr"
    "AZzPElOJCXS5bLpHybpECTz0jKyi/oI81es2hQNnz2iIB2AZM9Ixqw0gxdIm6oI0lHMsXd"
    "zCQ2YTIJ2TeUTCqPUsnWBVlaXqxGtuS75OsB+wgdtT9YHrIRvgBwAtwKi/c8F/sO9YaA3g"
    "g4ccoHtgBd0wLH0MIM23R8BEDm1g7wEH2dihWfS6V5Ck3/j0BdlEValDASCNpg7JbJsus2"
    "3eRDIIKzpI8ztYQCJN/ri6u1V+urpRwsbH/3sCsO8pD0RaiySIsqbIp9PL09kFyxZRKSbG"
    "jgkjzZv5iCDv6HyZUwkS4eyoB7Vc6gcVLvWDvEudbvdP5B0U3+HKzcnSiYh2Tbgr8ZYxDG"
    "/TL5SUI2qe8EkSabndbmKMc833tCfUrcPeN3jrWhOS66p3dQaYylemwET64Db9RY/GNVp0"
    "oJaa0GRNgSc/2K8amFrqHJ3qHAHn6spO4fA+axg7Ck1HdXSAo3Id4GiAKc2dgdtKSC35qZ"
    "5iO3pREHNV+ESaTiRxpeOYiT98aHm6V+AYKcU+SSIS8o25+A3dokc5d/JPmk4kaDte1FL7"
    "kdqP1H4qtZ9rB2u+Wui8iW6NqzQfOzGorVprVFDtUaE1lcz/iJ211Ix6tUmNpWYkNSPxNK"
    "MdlCKpDzUQQ45NG5ItH+6klhZRCxSt2zEvdJM2S+L0DKaIpFuwpluQE2QJL6fXNRIdOTBO"
    "0ogIdPPBBERYV584pOh4vEBbtOwYNtRSTQ6yyeehu0tFg+uCCLLSZZwnlOs5Dy9R12mBTK"
    "QpOwNdNYWEvECW7k+sUc+QFinUyLe1HbmcphQwooy2mdKuLGM9irMWBsr2XM6FTA2WOaw9"
    "cbHs08hG5qftlXkV5Lrun35FM4JFy75KZaIayNl3RYVuuSmdSlScnnW0agamX8lMIqHUgS"
    "84WFnlDuF45W31CiswHlono2+JbRs5YLXEALpPSAMeBgtE/mtoAC6w7wEIwplPyChk0SQ8"
    "3QX01wPdAsyOA76neXgrXXtE3nfsrbKZfS085t66H11iT39YAxPdj36gbXpDShcwDwDQHG"
    "y778AtfQqZhFKzmAD6r3XwIuV9fBNe9ieyIpkJIfgZ1Y7xiA/BoRiRWvRN9Vjgfo38wirn"
    "iWBO7U6cJeWu74jpdc3N0XgB/bPHNUzNx6WG5uOcmTn8AjnATZAIiO/kqJb/+6jC/32UM+"
    "Z33K6rZ9J3B926aL66hbggTpAIuIwb3iYMrBIxiAfeDYV4/r7G2/n1yLjct2U9XDNj3rqc"
    "kVl5+JwhlV6EPvM5rbHUdsgliaRNWZbw7ARTWcJTuj+G5P4o2GcbwDWRJiIosunjZTu2sp"
    "ZnE7U8+5EYxfwH5bbwyL2w3RT+HI3cagm/XUJqgg6hAQbG1EgNE2ZpYJN3PgHYQsDBK0Ct"
    "2dFoaGnRqDF4IBdc9Egr+7v5InctPqfQiJ34LKLdp3ZWlwHdAMLGM7vSH3eDz5H28F7aw0"
    "tcixXyWji+OxH4oMeCWqrpiO6kvpYcqFsazOTJpRGm18p5Znfk5HeeWrK71+yWthhpixkK"
    "pq9lixERV2mM2ba9N2yMeQ2DwVCRrWMxkIau9gxdr2SN8d3l3F8kf33eJJMdM660y5DRip"
    "sdXiNMceHglcsaAtApQHKKMdCQ5tuGTnN2NbBYA2RpNiaAg5XuLXULQMB2hqKOA43NW11M"
    "J6JUltBd1jfAbNI5ZdWbPp3V4wpTR5rVOXwrQqiyhAJG+TRfCSdCLY90eZvjJI0QIFfpv2"
    "00OLYnh0ca1+LeUAgBeAf1FKDvcSEcjRcQ3w+TGvB+mJSiS2/J+gqvWl8hlLN4FnSCRLiI"
    "zOZXtIaeCwtmleO7oRAO3uYDXmU8cavwUr/D/2GLC+AkjXAQNy8oy5DtXY7AwbmPZEGQN8"
    "FmDTE5dEdW56llfP5QuE02Yzewm9YX9IqohTsym5eppctYHJdxz3Yn6THuhe+t/x7jnq3b"
    "BhzG5BXA5d3FRb3KUGGzYh3tWZnmLOyELA7krValmQeB5aMCj290a1zl6HUTg+pUoYHPNA"
    "re13REvpsT4PgGcgEmDIsrxzAZRvfWYwANgzaJ95bIBCwofh3/aUJPXRIwC5vLt/GM7a0j"
    "pfe1S++rbIyxqahQxyl1XO6TOs65pNjK50E3JuhQ2SBfbkf6Rh11o1zbyILLtqM8uP+YX1"
    "0WgxsTZHV3XfXAf4Ghu63pG6O/PfiWSuEDC183PN1y39Hn/b0t5CugpgCl9Picgzvryx6n"
    "FXQ6QdbBLY2lu7BicHYVaSx9E2yWdhxpcOiJXrxPueRW9b2lbtvkB974DN680pe8P67U/M"
    "KRihMNbatDpYp9y6MdIaXG9YoaV8QFDrUgQSJgucAaakG5EyLng+i/Qjuakz1dIztQN2pX"
    "K8GWFJMC+2JFfYCIojvh4H27G0TH7QUfHIQUuMCFIZgVuKfpBHIFdYy/lImlTCxl4mqZmO"
    "FeJAxHDKmQguMhjUq/UtKVvoU+CLkHk1pC2KRCCJvkm277C0NXlSfEpUykqZrB+nWXccuB"
    "wC5SHeRRwLhTFAtIJeA8gLsIGqhgby7PVSwkFmJH6TppMbl4CxNG6617kfJGWy3BDw0D06"
    "pT2NEfdYvLtVlAKp2czTs5fcdBlspnukvQdGhiupufdWNdatipP5C0MWT9eDfvyHz3lnPH"
    "7m5Pu0G5hfSx7s38u24V3UDcsJ2f9atzFd1SDV8jSj98KbCLVqWmF0/QYY56fGWwSeo2XN"
    "OgVcVEBDSNS2IpIJUSS+MSC9EK3QLBvZwtMUE/mEEfKwwzFg60NPpCHPxI0kiWNM4SVl7N"
    "drBpc30lGTLJmMYZ8wxtXVN2M3AW0QpofTiY1LE/kFEVJuWcDSLEzmHZrzta4KrmEIIPXR"
    "viLAK1wtowK5ZvLoqqApX6qgppO2wS8P79UPoEQI88b+HT11BW5DfhlbLEvsPThaFqiu4w"
    "/zQZCOIOUnGUYlg7iSNBI8/dxs/dCF7FVWnzXE3xLa+osXF1sH/5LLJsRp/j/ulNk+UF83"
    "kf0mTys2z8s9Rd8htMzGnhSlBJsxaHWUsms5WLAOQHaleWsQ434oHsfuGZkdv8csGIdSos"
    "bLY7BT3TZnIFnyVHoYVpPN3sGQ0yLLS04ELx2aKY0HlqDLSvZLI3gJnjF53Ju0F241uiIq"
    "ZC04b6475YnYbTiAuTs++2dUqmEBWeV6ihM0ycdJf5rMkwbW+swrlOyZ+i4oVMqBuK69ub"
    "viR7YTaj880304mKG7Nf7onVFZ1DVIDClkh7QiRe66gikBRooL1PvxCqKZ1KdLxKehHvAF"
    "fUh1xItLKduvaFrKBPmIi4RR3Z90MrUWNPSJCSNSL2hSpTmUJEvExEXZ0UtX3BommJX+PZ"
    "RMXLgy8K/U17onULX27CNH8RUQprtO4JknjNT9strJr5AsvSi9Mf6ZZEY8VMj2644o4ftm"
    "EKkppluZ3XTEJ2MF8+STS+wwh8vLKC9TLEbBJZF6P5wBi6f/BBmqCQiG6vNOIXttbjLjQy"
    "1UzdunOFsiuNM8VGEitre8F/WcGlHqh9reASCfAFQlZCti8XriI9og2hKlfGkIKKHulcUs"
    "J6YwUN+/bdt5rpGC5yHhk2phCuadVBvWKGFbUMB1gw8jbITW0f3cM66B6Wo3tYWChSWdgc"
    "226CQoqyRXkKtm3oyCWnoxKZhQsMUlVxoSUzyBhRjhhRqfbKcpBSmahUJiJDd4EykbCBly"
    "sTie5xdVpiLRy8IroqwBaAwESOuoSW950LyCRk/JOFVxZYrGlLKkCTqrEJdI39tdI1omeA"
    "J4Rsl15wUFE3rKanr9ZxaNpqVqv5c7QBPsV0FlY0oqPRyyayKGRPiHy4xKJPg5G9EEzZH9"
    "+kwtSlwsSZzyxuCnPzVXeCT4ED3JhAwML6h3XgJaPKVdHDHMA0dh95NBSBPhsVlQWslD0L"
    "6aXkySF5DkBf7cgU0EpN3SVnZbSYQDh8m+8PDjWNiid5eCtySzckMq80tYM0kVc6kHKLHe"
    "0nb7nSYjcQv+Eyi90A3LDrQWZCl+MuViZ06lSArqe4CFk78D1LKznfF85HGCVYn48zl1Zt"
    "adVuF94urNo9yaDvmXWoZ5nhQ0TnFRLDhwhTl/m6Q8TnFTNRhwyXTESthdbrJ6IOZZG16f"
    "2ekmNCXY4KnN/hnXGV7xtuxsh+iEOS/McVfl9y4kdVOuraqhIkAvp/J4eHtTyUhxUeysOc"
    "k8EuiDYsRzgcLiC6rTT+Jk/0Cr2+5S6cBEn3Lpz2j5VWnTU5Q0KXoVzf/h+nXs6y"
)
