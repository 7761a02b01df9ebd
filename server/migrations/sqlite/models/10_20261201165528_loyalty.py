from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "loyalty_account" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_loyalty_acc_store_i_7c6134" UNIQUE ("store_id", "email")
) /* A shopper's points at a store, known by their email. The row holds no balance (that is */;
        CREATE TABLE IF NOT EXISTS "loyalty_code" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL,
    "attempts" INT NOT NULL,
    "expires_at" TIMESTAMP NOT NULL,
    "used_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "cart_id" INT NOT NULL REFERENCES "cart" ("id") ON DELETE CASCADE,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE
) /* A one-time code sent to a shopper's email so that only they spend their points: six */;
CREATE INDEX IF NOT EXISTS "idx_loyalty_cod_cart_id_345a0c" ON "loyalty_code" ("cart_id", "created_at");
        CREATE TABLE IF NOT EXISTS "loyalty_entry" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "points" INT NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "key" VARCHAR(64),
    "expires_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "account_id" INT NOT NULL REFERENCES "loyalty_account" ("id") ON DELETE CASCADE,
    "order_id" INT REFERENCES "order" ("id") ON DELETE SET NULL,
    "store_id" INT NOT NULL REFERENCES "store" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_loyalty_ent_account_a06802" UNIQUE ("account_id", "key")
) /* One change of a shopper's points, never updated or deleted: earned with an order, a bonus, */;
CREATE INDEX IF NOT EXISTS "idx_loyalty_ent_store_i_fecc77" ON "loyalty_entry" ("store_id", "kind", "created_at");
CREATE INDEX IF NOT EXISTS "idx_loyalty_ent_account_a7f29f" ON "loyalty_entry" ("account_id", "created_at");
CREATE INDEX IF NOT EXISTS "idx_loyalty_ent_store_i_162bdd" ON "loyalty_entry" ("store_id", "expires_at");
        ;
        ;
        ALTER TABLE "cart" ADD "loyalty_points" INT NOT NULL DEFAULT 0;
        ALTER TABLE "cart" ADD "loyalty_email" VARCHAR(254);
        ;
        ALTER TABLE "order" ADD "points_redeemed" INT NOT NULL DEFAULT 0;
        ALTER TABLE "order" ADD "points_discount" BIGINT NOT NULL DEFAULT 0;
        ALTER TABLE "store" ADD "loyalty" JSON NOT NULL DEFAULT '{}';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ;
        ;
        ALTER TABLE "cart" DROP COLUMN "loyalty_points";
        ALTER TABLE "cart" DROP COLUMN "loyalty_email";
        ;
        ALTER TABLE "order" DROP COLUMN "points_redeemed";
        ALTER TABLE "order" DROP COLUMN "points_discount";
        ALTER TABLE "store" DROP COLUMN "loyalty";
        DROP TABLE IF EXISTS "loyalty_code";
        DROP TABLE IF EXISTS "loyalty_entry";
        DROP TABLE IF EXISTS "loyalty_account";"""


MODELS_STATE = (
    "eJztXetz2za2/1cw+tJ2Rs0kcuLmend2RnHU1lvH9rWctN16hwuRsIWaBFk+LOt2+79fAH"
    "yIbxESSVMwvrQxiQNSvwMC533+HFm2gUzv1dSwMJkjz8M2GZ2AP0cEWoj+o/T+GIyg42zu"
    "sgs+XJicALKRmpcauvB8F+o+vXkHTQ/RSwbydBc7fviw0RR4+J4g41tMwMK1Vx5ygX0H/C"
    "UCfDag28SzTfQKnPke/cN+wAjo0HUx8gAELiSGbQHffkDkb8Am5pqRskcbtk6fjcl9Z0+5"
    "JfzCVx6Y/zj9dvLuGGAPPCDHfwXm9Gn00cAOfICI4QHs/43O40DPW9muAfQlJPcovIUekb"
    "umk6JX7LUDgv8IkObb94g+wqUv/9u/6WVMDPSEPPbnn6M7jEyD/3sU0F+iYYNR0smQoUF/"
    "xMajJ8cN2eDFU0RcJYFpMp6tHc4yTvlEmcT/+IsNdB40/oTMWgifwa9rMe3pErrf85EM74"
    "Wm22Zgkc1oZ+0vbZIMp+xgV+8RQS70kZFaFOylokUUXwqBoBd8N0AJAsbmgoHuYGD6m59E"
    "32BzbaRpF5c32nx2o2mjwrKLKVJrJLrEFgJFAxPf47/fgk+aici9v6R/Hr/9K3zOBodwFH"
    "vgl+n16Y/T66+P337DHmjTdR9+FRfRnQm/9RefAvpQ27BxA7PuIgYNY2MB7o/0jo8tVA55"
    "ljIHvRGRvor/sQsj4gsbTmy+6R5YUQP9zdmn2fxm+umKTW953h8mx2t6M2N3JvzqOnf16+"
    "Mcm5JJwM9nNz8C9if41+XFjMNpe/69y5+4GXfzrxF7Jxj4tkbslQaNNCbx5fgSHbphswk9"
    "n+6TiOzA6DytYvWgWZ1sy4JsTtO1wOJo01Qcbp/D/AyGFP8SHlcfkVmqdo7KJkwdjXo5Ki"
    "evXzc4K+moysOS3/srg3QsP2meDy1HBO0iZX+IH5x4klvaZaLfGfFrlnWp+IfDlX5oCN+z"
    "l/h28ubtd2/fHx2/fU+H8BdNrnxXA/rZxQ1FlAnVdw+l8h6Dq4ju97aLqAbxE1pzkM/oG0"
    "GioxJQ0yra52iuA0P4r3gJxVc3p5ULV4kqkl5ZFAD6s5EffvTT+en04yzUXRZQf1hB+p1n"
    "8GZ37Imdu5KMLd6yJlb+CiR0szaiX8HeuQB9leoc82Wb3hyvha1KczW027VHIQWv8itv+o"
    "FHfByuetfC1z2uUeeQBbEpck4lBNLpzpN3TU4nOqpaIHhXOJ+SY30JveVO8kBMKKE40IkI"
    "pgwU1ejTH2hcEnMdfWcHouNEW0JBxSlILdXn62Z5eLHRsbA4PkSU3/90jUzoRwbiGnEmZX"
    "E+sIVQJdFkPiQLWQvkekvs7AnW3KfS4qdkNpnw6lRuo+vd4tDOHhF/ZFF6yw2pl+GSwRpK"
    "Rm91f8xti0pqzFXgL6EPlnR+yjsD+DZzF7i2Eeg+sF0ACf2vgdxwGAR3pr2iF70VZTr4mg"
    "3FOgIr+lxg2CsyLnhAunrQLeWZrT8AnUIHGGfGqflW0AN0k0HGeDOvZT8i45u/AfTkQGbi"
    "AjbVbABlug3cgHhj5gkBDnLpxEubvqQLsM/cMzpy2d3FGqyWWF8yrwl7jk53CaCbEFvMyQ"
    "LusOv5uzhS4teJjqfUYdWbO+UDvn8pAvf/TCZHR99NXh8dv3/39rvv3r1/nUjexVt1IviH"
    "sx+YFJ45F7eL5WxRl0uLMxJYBZ07w4mYdsgC4+jq+ux0pn28vrw6Cb9YzXBt55Z8mJ7+pJ"
    "1daPOby9OfTvj3qjGPLfuE6d3ry5/nM236YXrx8fLi0+zi5iTylmpwwVygxKLf/S25nl2d"
    "zy7O5j+GQ1zkUJkTe8vw7s90fvacE7CiU7NH3JKL2c/a9Pr67Mv0fE5/EKKyh+viR/pTb8"
    "nl9cfZtfb5isk59CbfJbTAYYIgvXt1Sdk512a/XJ1d/0p/jM1Wkka/R+yu85tcI6G4kRZS"
    "o4QUdBC2yoqL6Z/zy4vyTzken5eAMd0w/wtM7HVmJhv9/S4gOlsjYBFg08fEe8Ue+4+uTM"
    "I1UDN8MsJvDPHXn6a/5NE/Pb/8kJdq2QQflHLyEh0uubNayKuWJVWOtSHzOTwKhAyTaZKd"
    "/A8DY2c7BsqUwSyUzMVAzRIpWIuwekwHFwM1TaI8Zds9ZRyvFlxl83ieA4O3qZssva7K/W"
    "Ql+0ELuF5tZjqsvaApsNldcDu0/ChqAdjLeB45YU2f2IPy6yb2vE/QfRjVmgf5iHFD66AV"
    "D95qHPzRXtFbLoCAf9Rfecwuhm2qsgFPhwR8HSrnIKWcj5nS/W1oh7sNJq8nx9+AJfSAad"
    "sPyDgBCOpLHoZcMBB2+bBb4sMH5PF4a5dHPt+5tgWWyEXMAEnlP2bXs+xHZp/EdF7PBv7K"
    "ju17lJJwex9/EWYf5JNUmfl+25wVjGD0b+UCf0YXOGdBAdZqz2w8fsj2tV0dsq3bngLil8"
    "UX1OvACZEycwxa/VVKhVIqBiKkbVcqnltIuw7Kc9cyA5qKaG7QMHvtksoizCFEpSWLCir0"
    "JZk8wySU2HkJFywHjF8JFr8j3Qd3tsv/tnU9cF1E19UrcEMFo3BNgAe0BrgonnX2JCqb0U"
    "vMv/otT2y7DyCVrnyETsDSXnGxi8K/Tslid3SxclFuM2/otaUCIkBP2PM95u81wpnp2jIw"
    "wwuaIHTyhK5l+gYBYj5bD1BWYPoclmvnBbqOkOHxF2og4MXeuAgE/s/w1/OlmrxgQQjMOH"
    "/p5+0HIeb0UXv6fNkWnpk7tYuXvC2Vo5WXWXmZlZdZeZnrJP3UltFYk9qQDHkZ7apMHTeK"
    "bj2uiW49LkS39hyvPTCTXQ8B26nDufEy3pBIuIzbz9lKCT0CKGepFNANgFaBP5XQ9x34sx"
    "HgdxG2NtQ9puE6iOpFFEJRmWt28fHs4gcqo4T0t2TOxSOPS0Xzn86urmYf6Z8PmJ79xi6y"
    "y5sm5+qb6mP1TeFUjZSqAnfqzZQbKmWnHLSd0kXQs4Vs/BsKlfeukq7Uh5QkT4W2IEEep8"
    "hUPOOg+ascOq1H3j1iD1OMxFDNEqmARuUne5bgu2gZtoDrl81Mh7VumwKb/WJFXZApVSRx"
    "NZV4RgSSbj+G86zlQbzTZNtTaDmQruhRiYs2uTeu887q6VENqoo6gbdMe0oh1ZDvmeuA1f"
    "3cxLh5wYIRstzpMY9DYymwLO+Vi00FL2yL8wrmp25sFFTc6zcv9aW4CzsLgXugP0tEPY7H"
    "96gc6wFduVY/KvKb4yYGprygnjIwHef1Yx/7ppC1OyGQ0ND9ZtLIgDepseBNChaIhW2sRQ"
    "COx0tn33nbyL7ztsa+87Zo3wlcIadjNFzGtfu6EbxsWI39uQgw1sUMlPF46ZZvZwBbVB4S"
    "QjgmUBA3hBhyB16J3lLtcUyRDMPpyJ4njdPR90t27UphORrdnxHv/TE9aQYtMacPQIqALi"
    "RhpEh63EKI7VrQ7GsjadsRG6mqIjCnSHqEGZo9YXw0aYDx0aQSY3YrZ5CGLobsWQL7dJpG"
    "bdStb9QHGB3i6UtkBCYyBHkwmp/+OPv4+ZzHgMRz8BiRMGrEi6NGTqcXp7NzPk5nP9vk47"
    "6fnvFLdxDHz3525T62dxXYt9UrqtzeB+EWNW0dmlrMiKYHU5ZKPi2i9e9IBZG8iK+JHlfu"
    "bmzOUqpQkiFzmbLqHvlIxFuTJulPCz0UDZRJPEFZjEP1CZQike74OWpkwzqqMWEdFS1YKv"
    "5JBeoMJJ5kn4R2FU3y7NEkbmm9dn59XB9F4jYrzF4NgHDcxmahbSwJYeLp3mEcuVRzF+k2"
    "W0YaoWM6TGOP0nRbf/9UkJcKbhnSgTMG1cEtvAeyiNiUEEjX4qj9FMMDtFzaTshdEaPl5d"
    "Xs4gQwyltyennxZXZ9ww2TNqHbmT8UQ6RKDu84OZzjpenQ8alatVN177IJlCFjyIYMVg2T"
    "soHccxmy1Dn5wbZNBEk5y0vpcyxf0Am62u+SK/3y+cPl5XmGxR/OcvVpLj5/+jCjOxznLR"
    "2EQ/2maPng/xfY1eLx0tk8OgmcdChGQvAmBNLh276vne4zTEMowlsTErUhGYanXao6DAb2"
    "dDsgPgXcEFr1BUL5RKa3zQKHa+KGi91P1yw2R2Od3WyhDIMipXx4t7/dcJezuJNazt28Aw"
    "f1EukPduBrno8cEZQLhH0mzkQWxYMEXEUEvAQVK2VsFmRzllKxedBsTqxlu3zPOVplMxky"
    "pzP+F0FO52kVp4fMaZe1UOEwF9hcaxXL0ClrmIA1LPGhlguhle7CAp0KsaqENnZPC25dZf"
    "Rq+xr29hVxTNQcVCCUzzzRvjkoAc3ctTtu+QzqGxvyN2baa2j6ay2sWS9wYhUJ1ZGVP7Ji"
    "jIRd/wVC+TawburDqxBhVSJxuLCqyOttZ6oqkTjAEon0FcDF5/PzZlHtVDe29gxoZ5HYZ3"
    "QaidZx1s+tAv+bwBRLQUyL2xOp83Cq00gflHFR8Z5Ue8IkWbPwztNI+CZVkUoSb2D16SQa"
    "joe1mlPyW+JZjvrO13cwTDWnV6kTQ5IYx6A6deKPABIf+yVljyqhTZMoZadE2YHGbqavNJ"
    "2Ejm7mETIuibneHDyHYAGLvvZ6vzffhEX2pxSF+oZKvqHUYdIc1CyRwnW7xSA+4PdUbOOs"
    "1wMDt6lam/pYt5sLYllpf1SvNjNJCmz2gx1SV/dEKy4RzNMac7VgbqRHNerinmuqzsv8R0"
    "X8+TgQ9VLnBn0QZRGchG3QA39hP7Hu52OwcrHvRwmQ+fbt7T7ilizQHV3VABK6gOljAPZ4"
    "F8D9ugtEvnWq0zhtp5DHLRyy2fBt5qinwIweoptYf+gyUX2cCYZtFa1k3+vmR6QNsXHHgW"
    "5+ChPfLG640NyA9Kqjqm737F4f3e6jGqZFFswtaJrVfqYNmUROpqPJd8cJ+uyPOrznn6bn"
    "50UpvLpryPbM/+foIJJq0COS+39Klb/p2Q8XrA5pOMMtuZ59Orv4OLs+AS6y2FPdW3J5zS"
    "9wI+ktmX6+ufw0vTm7pHSb7eWWnF/+Oj2/+fUERKbn/EHcKNGi9brLdybVXUtZWf5RxOMl"
    "DBpoFDNQEzJQEjEgFKe5V3jm0KBtWe/Xl5AQJBTnkiLps3c2FZ0F95kd1+v7Bsv1feVqfV"
    "9e4cK3RSBO00i4IXQRReTAtWnDktOzOi88RdJ/XvjzhDp20xTDdrAusrwTAvnWdvsZyKrl"
    "iGo5cmAtRw6vghkdGog3Xvjfz7PPrGhZSF3WcuHj7Pzsy+yaDYrsk8WWC7dk9svVGR+Dnh"
    "zs7lj7rHU2RhZBkfjyNImKLC9UXcrZWQu41rurS8gl9FofiJe6YZ4Gt+EGxC/LJKjndp5W"
    "ZeQMmdO6CSkPDG0hJFxkqeQThtvPdzOhx0q+MAmhIsGwOvephFRZhErynxhOyHXLIvBrkp"
    "8yVNJVPuqkN4KqxfMizgbmoN+tmZnKeD8E/iaK3Q5MztMqTg+Z06mgDNENO0OpuDxkLhdD"
    "VwrMrgsxKSWXSNDsJeYkHTGbiSBrHO6doZII/vY8v73H0EsOqKpj0AGmxfDOptAWKdWiVY"
    "UiVKGIIecniBWKSH/iLYB7FXjLeW7Kw1rFjWEu7o3b0U4He+6dvrSZSk6Ec/KnKnrSd9GT"
    "vKTbyqptlHR3oKhW5dyVQ5pVclsAd5pMeB1IvC+UGgf2qNuj6of0Wz/kY9SzhtekKUtVTN"
    "8f16Yr5rvftF1LJJE5+QPylURU1Y8+q36I1sLdqwTu0IT/rmMCDitpShzo0dXs+nR2cXMC"
    "HOTqiPi35PuzX3j8IH7i4YTXs5k2//Hs6ooHH965CGneEjsO48oOLGq/68wjNIOyevY1Zv"
    "SERJo4wp4N5xYmGlX0fNuHJcFnddDnKRUHduNAGM3r7dLUNkOp3IVDdhcGrMCDZmILl7C5"
    "8hvLUSkbavHzYUvb0wIPiUikWSJpdq7WQMV0U9F9/CjaXSZD12N3mVgLONjmMsorqLwrAz"
    "E+bfeuVJucujSqzFi28zxw4towoxLDSmHMuM64EuZPe7nhW4tCTUlcggn4S+iDe+R7gNjA"
    "YjWXwhJNd65tAQg4lCcgIJErZYGMMavl5KLfkU4XDrijf9zbtvEqr4B19pB6I1DYlEJZgZ"
    "7TCiTcUWS/TiJD26Z6KALgIuiV+YLruk7FFBJi3H4yuoF8wTW8oVBJISopRFkNlFqg1AKl"
    "FjRRC6L2H1Od+0lHJUpBbkStShD3JYGpwdsVAuAtbcdB7lceCHvmASqxR5L5GDzQr5uAxZ"
    "rVa8VuKLy/AjdLxKq2gqVNfyWT7BfQZCsMfM3lfewVVYJOHnNLWBlZL7CAfccryprIuEfu"
    "NycAs9tgteQPYeW87lE8Jp6EpZ97Y+DZwF/ZdAzSH+yAvlc47JZ4lBPxWwPPQcSI3i56f1"
    "bUFt759CavZcs0EqWlDGbXVFpKQxGvEy1FiXhKxFMinhLxDkPES50MxN+//V0ks83oXE1a"
    "4B0K4p1GHaYb4VWLwdtjDtO9+ZoKwFSQ+5YdJoAR8WYDrJkBTEmsoc2aSYpMoLSJyQXVdY"
    "lUeAI8/FQi/bb+jFti4HvsUwH2ATlUyKXyNFhCbzkGj9DEoeHcwiTwEb1Dwr8huEMrEFcw"
    "26WjQrp8fztF9ZXkqyRfqSRf+n1r7EMUQTlDJCHSx02APq7G+bgAs6rc2HLUzIAi+Ya2lm"
    "XS2FjY2A48TpGpUM0h81cZXl4Gm1V3UFXaZJCYKlPWtg2o5RIRqt/qPrnfw3AAh6bCartX"
    "YkrcbvhCydBGDUI3rlFY8NCOAUGPyAWBw059g8VlhsAZJwBBl9BLK+wvASRh/7IxnWNhk8"
    "AbFwxg3T3qlkDgIoNpdqzZKPQTT+4YYN+j90wE2a9nw+gjPEhXEZ2Gay1rwK1ilD0BZL1J"
    "fw8832LNRsF/HtD6P7fEgg/Mfha/OzfNWXQQWFJOIPoy3BsdvxWz4tGXpb85eb9v0iOr3c"
    "Mplz19cME9/FwdLsO36rQhaPrXpDTJ3kyKqpUmu9dHK83qJOZy9A8hcXlHe1j76cfhNiog"
    "vG4IlOhaog4cRph1T1HAk0ZRwJOaKOBJMQqYnXMiuwGStINE+7bxAZlyB4a8VCYgZel7CW"
    "zOyuBNXV0ZInXAlxzwXGETQzVNoqoZKBOqMqEO1twnZkJNWV/2xLWYriEpwNkTZjvEdlyB"
    "cU+AJavkmIc1fcQI18zs0lAd4l5ioU4YUm2aTnjfWf1HElgLerGx2bQHU2YcN9eRZdan+C"
    "wCNnHUX2nNHqwCMYd0jo9rjKHRii0AW20A2VBIaBBtP43/8Dp0i4M9uoq7cTtxN+6r8+kp"
    "q5vpmFBnhTOvpmfsL4gLPbnzPrrnsVurgOSuA5L5/0X2mWi8dFbsN5NG/eMnNQ3kJwUrtk"
    "MxEoI3IZAO3/b38KiIVBHef84vLyosXxuSvGET6z74LzCx15leNvr7XUB0HoewCLDpY+K9"
    "Yo/9R1cMqAGcQZSxccZAf/1p+kueB6fnlx/yxks2wYd8ckPguojoYh3AUzQS7tlHTRZ99Z"
    "oviC07lTN+nlLGkkQspMBPVRQXAD9FpcDfGXwfPonhHhEoyPeBXMNENwOjrABxbbHcPGmP"
    "9XKTKwdbMDdujCK23tNUatHvvujFj1d1tu4Pe6EZUFP5sUAoXwhQ+w1jHLhmccyahShWQl"
    "GXRUoZhfbWVVXHtR8x89246A4xfUfMKFBKLZ2FoJM4QhUHtYs0c3BxUMyEvQOPU2QqnHHI"
    "/L1DyGCuao3CX6qCzy1ompUiWgm5RCFaR5PvjhPpjP1RJ4/NP03Pz4sCWIKQblvshC8ifI"
    "OetqGbopXgdKr7fma/3NSbT5PP5/zy4od4eN6mWsEC8X0sR6r2skHvZYF5h00uRte5oSs4"
    "XUYswceWEwUbeTprHJ0FP2eY0KSxXFBkldmztqRCZShVfaD88RGBtJvpqoRYGoR7tqNURH"
    "4JsaN6Dolkpp750n9FlmHCrrIJBozpI/YwxUgM1SyRWqoqSeMF1LkZ2Irdt8zNJn2gZDto"
    "AdUvm5nkBDa7CTbAtkTGagHnj6mp5AS6WjYVzodJMYNq6xav2q6hR1RaKEOkwPs0mW72iA"
    "7xAKxiRmYFpytK9V0T/xDxamNl8WyqpovqUM79DErYR1YbIJ3ReWTCqPPkvXBVVWXwJWtu"
    "SxpfuH/ygU1ai/nI4QXfNgXSfrcDl6B11DkL+2AFvShbZcy6GLBeWhZyWcE1H7jIsV1WDw"
    "77JV2GW59esBlCOllTdUMYqJ42BtVJeC8iR2z+49nVFUv74nHKLCfs8vON9v3ltfZxdn72"
    "ZXb96wmwA1+7o9JtLHHdkugeo4suMsrT6cXp7JwnkekME3PHPLL2rf9U8aFCilBCZYpEOv"
    "fKm0aRNm9qIm3eFCNt2Hb/QN9BC1yhlL08nYxoN4S7Fm8V2vQy3cXPUYpoaPzs2CTbd/mR"
    "ocG7d/2RZ66TvVH5qhSYWB/cpr/geFyrtUgaqQltlhp5CML9qoWplc7Rq84Rcq6p7BQNH7"
    "KGsaPQ1H7d0+FXOugN3E4i7elP9TXHxWW5DXXhJlk6mcSVnmNM/ggg8bFf4kiqxD5NIhPy"
    "rYVEmJiwo1w4JzBLJxO0PS9qpf0o7UdpP7Xaz5VrG4Fe6ryJb43rNB8nNairEoxMUB1Q/U"
    "Wdzn9vu2ulGQ1qkxorzUhpRvJpRjsoRUofaiHm3rYcSLd8uJNaWkYtUXRzz7zAFpVdRD2D"
    "GSLlFmzoFhQEWcEr6HWNRUcBjNM0MgLdfjABFdb1BwEpOhkv0RbdmhELexrV6fBj2QlYV8"
    "UtQ9djCbdYbTnYCm4ucujngb2lZsC1SNvFIqFazyXJxi5idXORoe0MdN0UCvISWXo4sUYD"
    "Q1qmUKOov/YOXM5SShhRxhq4GpfEXI+SrIUDZXsh50KlUquc34G4WLbn/Kp8vo4yr8Lc4P"
    "3Tr1gGtWzZV5nMXRO5+66oyC03ZVPJitMjRqt2YPpCZ5IJpR58weHKqnYIJytvq1dYg8nQ"
    "Jhl9S9txkAtWSxtA7wEZwLfBAtH/mgaACzvwAQTRzCd0FCIsCQ97gP16gAngdhzwNcvDW2"
    "HjHvlf8bfKZ/Z18Jhbcju6sH18twYWuh19A2w3pvQA9wAAw7Ud7xW4YU+hkzBqHhPA/rUO"
    "X6QqUfC3tJf9ga5IbkIIf0a9YzzmQ3goxqSEvSlOBO7nyC+sc55I5tTuxVlS7fqOmd7U3B"
    "yPl9A/+76Bqfl9paH5fcHMHH2BAuCmSCTEd3LcyP99XOP/Pi4Y83vu4jcw6buHJn4sX50g"
    "IYhTJBIu45a3CdPWqRgkAu+GQj5/X+tdPgdkXB7asj5cM2PRupyTWUX4nCNVXoQh8zmrsT"
    "R2yKWJlE1ZlTztBVNV8lS5Pw7J/VGyz7aAaypNRFJks8fLdmxV7dM2ap8OIzGK+w+qbeGx"
    "e2G7KfwxHrnVEn6zhMwEHUEDTNtmRmqYMksDh77zCbAJAq69AsyaHY+GxIhHjcEdveChe9"
    "bwwysWuevwOaVG7NRnEe8+jbO6TOiFELae2ZX9uFt8jrKHD9IeXuFarJHXovH9icBvBiyo"
    "ZXoRYTfztRRA3dJ3qkiujDCDVs5zu6Mgv4vUit2DZreyxShbzKFg+ly2GBlxVcaYbdt7y8"
    "aY5zAYHCqyTSwGytDVnaHrmawxgbecB4v0ry+aZPJjxrV2GTpa8/LDG4QpLlx75fGGAGwK"
    "kJ5iDAxkBI6JWc6uARZrgIjBG1SCFfaXmAAI+M5Q1nGgtXnri+nElNoSesvmBphNOmeLtp"
    "fst9zOI1RhnT4L62RXUwHfmiitPKGEgUTtF9uJUSsiXd1gPU0jBch1KnYXrdWdybtjQ2hx"
    "byikALyHkg0w8IUQjsdLiO/RpAG8R5NKdNktVcLhWUs4RKKcyIJOkUgX9Nn+ijbQY2lNrm"
    "p8NxTSwdt+TK0KWe4UXuba+D+bCAGcppEO4vYFZRUVvssReHAeKlVz5EWw2UBcDt2R1UVq"
    "lQJwKNymm7EXmmabC3pl1NIdme3L1MorLY9XemC7k3JKD8K9N3yn9MDWbQs+afoK4OLz+X"
    "mz4lNRP2SM9ix+8zFqtiwP5J0WvpmHseujEqdyfGtc50v2UoOaFLqBjyzQPjAwot/NCXAD"
    "E3nApgxLitNwGQb76zGApsn60PtLZAEed79O/rSgry8pmKX967t4xvbulMr72qf3VfXe2B"
    "RtaOKUel/tk3pfcEnxlS+CbkLQo7JBv9ye9I0m6ka1tpEHl29HRXD/Ob+8KAc3Icjr7lj3"
    "wX+Bib3O9I3R3+8CojP4wCLApo+J94o97x9dIV8DNQMoo8cXHNx5X/Y4q6CzCfIObmUs3Y"
    "UVB2dXUcbSF8FmZcdRBoeB6MX7VGTuVN9bYsehP/A64PAWlb70/XGt5heN1Nx4aFdNMHU7"
    "ID5rOqk0rmfUuGIuCKgFKRIJKxI2UAuqnRAFH8TwFdrRnO7pBt2B+lG7Ogm2ZJiU2BdrSh"
    "DEFP0JB6+73SB67mB45yKkwYVdGoJZg3uWTiJXUM/4K5lYycRKJq6XiTnuZcJwzJAaKTgZ"
    "0qr0qyRd5VsYgpD7ZtJICJvUCGGTYl/vYGFiXXtAQspElqodrJ93GXccCOwh3UU+A0w4Rb"
    "GEVAEuAriHoIlK9ubqXMVSYil2lL6TFtOLtzRhtNm6lylvtNMq/9A0bVbYynbxPSZCrs0S"
    "UuXkbN/JGbguIrqY6S5F06OJ6fP8Yz/WpZad+geSNobIt5/nPZnvXnLu2Oeb035Q7iB9rH"
    "8z/65bRT8Qt2zn5y3xPA0T3QwMqvTDpxK7aF1qevkEPeaoJ1cONkndgWsWtKpZiIJmCEks"
    "JaRKYmldYqFaoVciuFezJSEYBjPYY6VhxsKFxGAvJMCPNI1iSess4RXcHNe2HKGvJEemGN"
    "M6Yx6hgw1tNwNnGa2E1oc3kyb2BzqqxqRcsEFE2Lk8+3VHC1zdHFLwoW9DHKFQa7zTs0YC"
    "a1FWFajSV1VK22MfgtevD6UVAfTp8xYBew1tRX+TvdKWduCKNHqom6I/zL+bHAjiLtLtOM"
    "WwcRJHikadu62fuzG8mqez/ryGFhC/rHdyfbB/9SyqbMaQ4/7ZTYvnBYt5H7Jk6rNs/bM0"
    "7TU0faGNMkWiGNI6Q7BHf4NlC5ocU1TKzihgZ1TZhdUyGf2BxiUx19HJeCDHUXSIF06jQn"
    "Rok5IXm/NHQ4+sgWDJZylQ+WKaTDd7RAcZp1tZAaP8sNcs6D60BtonOtkLwMwNyoSk3SC7"
    "DoisiOnQciC+3xer02gaeWFy9922TukUssLzDEWNDhMn7PEgAjrM2BuraK5T+qeseCELYl"
    "PzAmfTKGYvzGZsvvlmOllxi5RLDep8ieyJ2nk42zScTHbMWvg0I8Bk/jJjtKgAvv+2H+E1"
    "i6OrZASM+3j2xOmSzSErQFFnuj0hkq+DXxlIGjTR3gJpBNWUTSU7XhUt4XeA6wudSVq08g"
    "0T94WspF2jjLhFxUH3RCtVh1RKkNJ1dPaFKle9R0a8LMTCQRhq+4LFUrc/JbPJipcPnzT2"
    "m/ZE6wY+XUelUGREKapjvSdI8vWg7rb4dO4LrCrBkP1ItxRj0Kzs6JarkgVRq7qw8IMqSf"
    "achRpcWyznLh7fY5aSvSLhejnEjDtVO6j94EG2f4hBmqJQiG6vxhSUth8VLsY0NSxMPntS"
    "2ZXGuYJMqZW1vSmKqnLVDNShVrmKBfgSISsl21cLV7Ee0YVQVSj1ykBF92wuJWG9sKKvQ/"
    "vuO80Gjxa5iAybUEjX2O9Ns4KvNfVeD7Co7k2Yv989uu+aoPuuGt13pcV0tYUjsO2mKJQo"
    "W5bL5TgmRh49HbXYLFxikKoL1a6YQYVtC4RtK7VXlcxVykStMhEbukuUiZQNvFqZSHXYbN"
    "I2cOHaK6qrApsACCzk6ktI/K88QCeh4x+IvSJgsWZt+wArPGFbABv8rxU2qJ4BHhByPHbB"
    "RWUdA9uevl7HYan9ea3mz9EG+AzTeaTfiI1GT5tgv4g9EfLREos/DU72RDHlf/ylFKY+FS"
    "bBmg/ylnlovzJZ+CkIgJsQSNh85F0TeOmoalX0XQFglk6DfBaKwJ6Nykqn1sqepfRK8hSQ"
    "PA9AX+3JFNBJ3fGlYPXIhEA6fI+a2LGOqg1ZRwVLFjQMJp4U4a3Jv9+QqFTvzA7STu79QZ"
    "Sk7Wk/ecnVaPuB+AWXou0H4JZdD6o4QTXuchUnyJwK0PM1DyGyA9/ztIrzQ+F8jFGK9cU4"
    "c2XVVlbtbuHtw6o9kKIWA7MODaxYwyGi8wy1Gg4Rpj7zdQ8Rn2fMRD1kuFQiaiO0nj8R9V"
    "AWWZfe7yk9JvTlqMT5Hd0Z1/m+4WaM6hl7SJL/uMbvS0/8uHBOU1tVikRC/+/k3btGHsp3"
    "NR7KdwUng1MSbViNcDRcQnTfvG4WK1sXLFvwj9En+qVe32oXToqkfxdO98dKp86agiGhz1"
    "Cuv/4fvJZMbw=="
)
