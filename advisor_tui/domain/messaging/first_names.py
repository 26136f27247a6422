"""A curated list of first names common in Germany, Austria and Switzerland, by the salutation they usually take.

Curated by hand rather than taken from a package: the one offline package with German first names and genders
on PyPI, gender-guesser (data of Jörg Michael's gender.c), is GPLv3 with GFDL data (this project is MIT),
unmaintained since 2016, and parses a 4 MB file on first use. A suggestion only has to be right for the names an
advisor meets among German business owners born 1940–2000; anything not listed gives no suggestion, and the
advisor always confirms. Names used for both (Kim, Andrea, Jo …) are listed as ambiguous and never suggest.
"""

from __future__ import annotations

FEMALE = frozenset("""
adelheid agnes alexandra alice alina amelie angela angelika anita anja anke anna annalena anne annegret
annemarie annette annika antje antonia astrid barbara beate bettina bianca birgit brigitte britta carina carmen
carola caroline charlotte christa christel christiane christina christine claudia cornelia dagmar daniela doris
dorothea edith elena elfriede elisabeth elke ella ellen elvira emilia emily emma erika esther eva evelyn
franziska frauke friederike gabriele gerda gertrud gisela gudrun hanna hannah hannelore heide heidi heike helga
helene henriette hildegard ilse ina ines inge ingeborg ingrid irene iris irmgard isabel isabell isabella jana
janina jasmin jennifer jessica johanna josefine judith julia juliane jutta karin karina katharina kathrin
katja katrin kerstin klara kristina lara laura lea lena lina linda lisa luisa lydia magdalena maike manuela
mareike margarete margit margot maria marianne marie marina marion marlene martina melanie meike michaela
miriam monika nadine natalie nicole nina nora olga paula petra pia ramona rebecca regina renate rita rosemarie
ruth sabine sabrina sandra sara sarah silke silvia simone sofia sonja sophia sophie stefanie stephanie susanne
svenja swantje tamara tanja tatjana theresa therese ulrike ursula uta ute valentina vanessa vera verena
veronika viktoria waltraud wiebke yvonne zoe
ayse elif emine fatma hatice zeynep agnieszka katarzyna malgorzata
""".split())

MALE = frozenset("""
achim adrian albert alexander alfred andreas armin arne arnd arnold axel benedikt benjamin bernd bernhard
bertram björn burkhard carl carsten christian christoph christopher clemens daniel david denis dennis detlef
dieter dietmar dirk dominik edgar egon elias emil erich erik ernst erwin eugen fabian falk felix ferdinand
florian frank franz fred friedrich fritz georg gerd gerhard gernot gregor günter günther gustav hans harald
hartmut heiko heinrich heinz helmut helmuth henning henrik herbert hermann holger horst hubert hugo ingo jakob
jan jannik jens jochen joachim johann johannes jonas jonathan jörg josef joseph julian jürgen justus kai karl
karsten klaus konrad konstantin kurt lars leon leonard lorenz lothar lucas ludwig lukas lutz malte manfred
marc marcel marco marcus mario marius mark markus martin mathias matthias max maximilian michael moritz nico
niklas nikolas nils norbert olaf oliver oskar otto patrick paul peter philipp rainer ralf ralph reinhard
reinhold richard robert roland rolf roman rüdiger rudolf sebastian siegfried simon stefan steffen stephan sven
thilo thomas thorsten tilo tim timo tobias torsten udo ulf ulrich uwe valentin viktor volker walter werner
wilhelm winfried wolfgang
ahmet ali mehmet mustafa murat piotr tomasz krzysztof
""".split())

# Used for women and men alike in the German-speaking world (or often enough that a guess would offend).
AMBIGUOUS = frozenset("""
alex andrea chris dominique eike gerrit jo kim kay luca maxi nicola robin sam sascha toni jule charlie
""".split())
