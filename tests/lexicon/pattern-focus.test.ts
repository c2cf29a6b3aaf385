import {describe, expect, it} from 'vitest';
import {framingMatches, userEntry, withUserFile} from './lexicon-matches.js';

/*
 * A pattern's focus, written in square brackets: the pattern must match as
 * a whole, but only its focus is the mention, so the words around it stay
 * free for the entries that name them (the protesters after "fired on" keep
 * their actors mention). Real sentences from public news pages, sources
 * named at each.
 */

const found = (body: string, language: 'ar' | 'en' = 'en'): string[] => framingMatches(body, language).map((m) => `${m.concept}/${m.pole}=${m.text}`);

describe('bundled focused patterns', () => {
  it('the outlet of the verb and the protest it names are two mentions: "US exploits Lebanese protest" (a Lebanese headline, 2019)', () => {
    const body = 'US exploits Lebanese protest to pressure Iran';
    expect(found(body)).toEqual(['cause/foreign=exploits', 'event/protest=protest']);
    const exploits = framingMatches(body, 'en')[0]!;
    expect(body.slice(exploits.start, exploits.end)).toBe('exploits');
    expect([exploits.start, exploits.end]).toEqual([3, 11]);
  });

  it('a named power taking advantage of the demonstrations; the demonstrations keep their own mention (Al-Masdar News, 2019)', () => {
    const body = 'Hezbollah Secretary-General Sayyed Hassan Nasrallah said on Friday that the United States and Israel are trying to take advantage of the demonstrations in Lebanon';
    expect(found(body)).toEqual(['cause/foreign=take advantage of', 'event/protest=demonstrations']);
  });

  it('exploiting the demonstrations, and riding the wave of the movement, beside the protest itself (Okaz, on Sudan 2019; Al-Alam, on Lebanon 2019)', () => {
    const okaz = 'وكان البشير اتهم أيضا مخربين من أعداء الوطن وبعض الأحزاب باستغلال المظاهرات، معبرا في الوقت ذاته عن احترامه للشباب';
    expect(found(okaz, 'ar')).toContain('cause/foreign=باستغلال');
    expect(found(okaz, 'ar')).toContain('event/protest=المظاهرات');
    // Bare استغلال is not blame: the exploitation of a country's oil (geostrategicmedia.com, 2020).
    expect(found('دون أن تعطي الدول صاحبة الثروة النفطية حق مشاركة استغلال ثرواتها الطبيعية.', 'ar')).toEqual([]);
  });

  it('standing behind the protests, and agents behind them: the protests keep their own mention (Darfur 24 and Sudan Tribune, on Sudan 2019)', () => {
    const darfur = 'اتهم الرئيس السوداني، عمر البشير، من سماهم بـ “الخونة والمرتزقة والمندسين” بالوقوف وراء الاحتجاجات الشعبية';
    expect(found(darfur, 'ar')).toContain('cause/foreign=بالوقوف وراء');
    expect(found(darfur, 'ar')).toContain('event/protest=الاحتجاجات الشعبية');
    const tribune = 'Sudan’s Bashir says mercenaries and agents behind protests and sabotage';
    expect(found(tribune)).toContain('cause/foreign=agents behind');
    expect(found(tribune)).toContain('event/protest=protests');
  });

  it('not looters taking advantage of the protests: no power is named before the verb (a school paper, 2020)', () => {
    expect(found('Looters Take Advantage of Protests Throughout the Country').filter((m) => m.startsWith('cause/'))).toEqual([]);
  });

  it('the shooting named with its target, the protesters still an actors mention (Reuters, on Guangdong, 2005)', () => {
    const body = 'Human rights group Amnesty International said it was the first time Chinese police had fired on protesters since the crushing of the Tiananmen Square pro-democracy demonstrations in 1989.';
    expect(found(body)).toContain('force/explicit=fired on');
    expect(found(body)).toContain('actors/legitimizing=protesters');
    const body2 = 'The shooting of a protester in yesterday’s violent clashes has been caught on camera and released on YouTube.';
    expect(found(body2)).toContain('force/explicit=shooting of');
    expect(found(body2)).toContain('actors/legitimizing=protester');
  });

  it('not tear gas fired at the demonstrators, nor tear gas fired on protesters (Kenya, 2023 and 2024)', () => {
    const gas = 'Tear gas has been fired at the demonstrators as authorities attempt to quell the unrest.';
    expect(found(gas)).not.toContain('force/explicit=fired at');
    expect(found(gas)).toContain('actors/legitimizing=demonstrators');
    const gasOn = 'Police had earlier on Wednesday fired tear gas on protesters in and around Nairobi, with five of the six deaths reported';
    expect(found(gasOn).filter((m) => m.includes('fired'))).toEqual([]);
  });
});

describe('focus in a user lexicon', () => {
  const head = 'version: 1\nlanguage: en\n';
  // Reuters on Guangdong, 2005.
  const police = 'Villagers said riot police opened fire on Tuesday on protesters in the village of Dongzhoukeng in southern Guangdong province';

  it('without a focus the pattern covers its context; with one, only the bracketed words', () => {
    const plain = `${head}entries:\n${userEntry('x.on', ['(Tuesday | Monday) on (protesters | villagers)'])}`;
    const focused = `${head}entries:\n${userEntry('x.on', ['[(Tuesday | Monday) on] (protesters | villagers)'])}`;
    expect(withUserFile(plain, police, 'en')).toContain('x.on=Tuesday on protesters');
    expect(withUserFile(focused, police, 'en')).toContain('x.on=Tuesday on');
    expect(withUserFile(focused, police, 'en')).toContain('en.actors.protester=protesters');
  });

  it('a focus after its context, with a gap inside it: the mention begins at the focus', () => {
    const yaml = `${head}entries:\n${userEntry('x.late', ['riot police [opened …3 on]'])}`;
    expect(withUserFile(yaml, police, 'en')).toContain('x.late=opened fire on Tuesday on');
  });

  it('the focus competes with other entries by its own span: a longer term over it wins, a term in its context is kept', () => {
    // "opened fire" (a bundled term) is longer than a focus on "opened" alone, and the protesters in the context are kept.
    const yaml = `${head}entries:\n${userEntry('x.short', ['[opened] fire …3 protesters'])}`;
    const matches = withUserFile(yaml, police, 'en');
    expect(matches).not.toContain('x.short=opened');
    expect(matches).toContain('en.force.open-fire=opened fire');
    expect(matches).toContain('en.actors.protester=protesters');
  });

  it('an exclusion blocks a focused mention where it overlaps the focus, not where it overlaps only the context', () => {
    const entry = userEntry('x.on', ['[(Tuesday | Monday) on] (protesters | villagers)']);
    const onFocus = `${head}entries:\n${entry}exclude:\n  - terms: [on Tuesday]\n`;
    const onContext = `${head}entries:\n${entry}exclude:\n  - terms: [protesters in the village]\n`;
    expect(withUserFile(onFocus, police, 'en').filter((m) => m.startsWith('x.on'))).toEqual([]);
    expect(withUserFile(onContext, police, 'en')).toContain('x.on=Tuesday on');
  });

  it('an Arabic focus keeps the crowd after the verb as its own mention (Reuters via Sharjah24, on Sudan, 2021)', () => {
    const body = 'قتلت قوات الأمن السودانية 15 شخصاً على الأقل بالرصاص، وأصابت العشرات من المتظاهرين';
    const yaml = `version: 1\nlanguage: ar\nclasses:\n  - class: WOUND\n    inflect: verb\n    terms: [أصاب]\nentries:\n${userEntry('x.wound', ['[{WOUND} العشرات] من (المتظاهرين | المحتجين)'])}`;
    const matches = withUserFile(yaml, body);
    expect(matches).toContain('x.wound=وأصابت العشرات');
    expect(matches).toContain('ar.actors.protester=المتظاهرين');
  });
});
