// The analysis settings that are a choice of rule, not a number (issue #12, CONTRACT12 §3):
// which distance reach uses, and how a dark stretch at a road's end is measured. JSON values as
// the township's settings.analysis stores them; the server's defaults repeated here.

/** One rule a township may pick, with the sentence that says what it does on the ground. */
export interface ChoiceOption {
  value: string;
  label: string;
  explain: string;
}

export interface ChoiceField {
  name: string;
  label: string;
  defaultValue: string;
  options: readonly ChoiceOption[];
}

export const REACH_METHOD: ChoiceField = {
  name: 'reachMethod',
  label: '公厕、收集点服务半径的量法',
  defaultValue: 'network',
  options: [
    {value: 'network', label: '步行距离',
      explain: '沿已测绘的道路量人走过去的距离（GB 55013 的服务半径）；隔河、隔墙的住户要绕路，可能在范围外。'},
    {value: 'straight_line', label: '直线距离',
      explain: '以公厕、收集点为圆心量直线半径，不看路通不通；道路没有测绘全时用。'},
  ],
};

export const LIGHT_GAP_ENDS: ChoiceField = {
  name: 'lightGapEnds',
  label: '路段尽头的暗段怎么量',
  defaultValue: 'through_junction',
  options: [
    {value: 'through_junction', label: '穿过路口量到最近的灯',
      explain: '从路段最后一盏灯量到尽头，再穿过路口接着量到相连道路上最近的灯，合起来判断是否缺灯；死胡同或相连道路都没有灯时量到尽头为止。'},
    {value: 'segment_end', label: '量到路段端点',
      explain: '从路段最后一盏灯到路段端点的暗段单独判断，不管路口另一边有没有灯。'},
    {value: 'between_lights', label: '只量两灯之间',
      explain: '只判断两盏灯之间的暗段；路段两头没有灯的部分不算缺灯段。'},
  ],
};

export const CHOICE_FIELDS: readonly ChoiceField[] = [REACH_METHOD, LIGHT_GAP_ENDS];

/** The township's choices from its raw override object: its own value, else the default. */
export function choicesFromOverrides(overrides: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(CHOICE_FIELDS.map((f) => {
    const value = overrides[f.name];
    return [f.name, typeof value === 'string' && f.options.some((o) => o.value === value) ? value : f.defaultValue];
  }));
}

/** The chosen values that differ from the defaults (the override entries), or the fields with no valid choice. */
export function choiceOverrides(choices: Record<string, string>): {settings: Record<string, string>; problems: Record<string, string>} {
  const settings: Record<string, string> = {};
  const problems: Record<string, string> = {};
  for (const f of CHOICE_FIELDS) {
    const value = choices[f.name] ?? f.defaultValue;
    if (!f.options.some((o) => o.value === value)) problems[f.name] = '请选择一项。';
    else if (value !== f.defaultValue) settings[f.name] = value;
  }
  return {settings, problems};
}
