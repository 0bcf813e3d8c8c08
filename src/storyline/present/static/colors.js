// One colour per event type and per entity type, shared by the timeline, network and badges.
export const EVENT_COLORS = {
  MEET: "#2f6db5", CALL: "#0f8b8d", COMMUNICATE: "#4aa3c7", PROPOSE: "#7b5ea7",
  STATEMENT: "#6b7280", DENY: "#c2410c", CONFIRM: "#15803d", TESTIFY: "#a16207",
  RESIGN: "#be123c", FIRE: "#9f1239", RECUSE: "#b45309", APPOINT: "#4d7c0f",
  PLEAD: "#86198f", SENTENCE: "#581c87", INVESTIGATE: "#1e40af", ELECTION: "#0e7490",
  OTHER: "#9ca3af",
};

export const ENTITY_COLORS = {
  PERSON: "#2f6db5", ORG: "#c2410c", GPE: "#15803d", LOC: "#0f8b8d", FAC: "#a16207",
  NORP: "#7b5ea7", EVENT: "#be123c", OTHER: "#9ca3af",
};

export const eventColor = (t) => EVENT_COLORS[t] || EVENT_COLORS.OTHER;
export const entityColor = (t) => ENTITY_COLORS[t] || ENTITY_COLORS.OTHER;
