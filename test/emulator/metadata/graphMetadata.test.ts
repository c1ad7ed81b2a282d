import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GraphHttpError } from '../../../emulator/core/errors';
import {
  DEFAULT_METADATA_PATH,
  GraphMetadata,
  isKnownType,
  loadGraphMetadata,
  propertyNames,
  validateActionParameters,
  validateBody,
} from '../../../emulator/metadata/graphMetadata';

/** What a client observes of a rejected body: status, Graph error code and message. */
interface Rejection {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

function rejectionOf(run: () => unknown): Rejection {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphHttpError) {
      return { status: error.status, code: error.code, message: error.message };
    }
    throw error;
  }
  throw new Error('The body was accepted, but a 400 was expected.');
}

function bodyReadError(message: string): Rejection {
  return { status: 400, code: 'RequestBodyRead', message };
}

function unknownProperty(name: string, typeName: string): Rejection {
  return bodyReadError(
    `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
  );
}

const EVENT = 'microsoft.graph.event';

/** The "create an event" body of Graph's docs, with every part the app sends. */
function fullEventBody(): Record<string, unknown> {
  return {
    subject: 'CX Council — monthly review',
    body: { contentType: 'HTML', content: '<p>Agenda: NPS trend, churn drivers</p>' },
    start: { dateTime: '2026-03-10T16:00:00', timeZone: 'Pacific Standard Time' },
    end: { dateTime: '2026-03-10T17:00:00', timeZone: 'Pacific Standard Time' },
    location: { displayName: 'Teams' },
    attendees: [
      {
        emailAddress: { address: 'blair@contoso.test', name: 'Blair Chen' },
        type: 'required',
      },
      { emailAddress: { address: 'casey@contoso.test', name: 'Casey Novak' }, type: 'optional' },
    ],
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    recurrence: {
      pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['Tuesday'], index: 'second' },
      range: { type: 'endDate', startDate: '2026-03-10', endDate: '2027-03-09' },
    },
    transactionId: '7E163156-7762-4BEB-A1C6-729EA81755A7',
    allowNewTimeProposals: true,
    responseRequested: true,
    reminderMinutesBeforeStart: 15,
    showAs: 'busy',
    categories: ['CX'],
  };
}

let metadata: GraphMetadata;

beforeAll(() => {
  metadata = loadGraphMetadata();
  // Reported, not asserted: the emulator's start-up budget depends on it.
  console.log(`Graph v1.0 metadata parsed in ${metadata.parseMilliseconds.toFixed(0)} ms`);
});

describe('loadGraphMetadata', () => {
  it('reads the real metadata file beside the checkout by default', () => {
    expect(metadata.source).toBe(DEFAULT_METADATA_PATH);
    expect(DEFAULT_METADATA_PATH).toMatch(/shared[\\/]graph[\\/]graph-v1\.0-metadata\.xml$/);
    expect(metadata.isKnownType(EVENT)).toBe(true);
  });

  it('parses the file once per path, however many emulators start', () => {
    expect(loadGraphMetadata()).toBe(metadata);
    expect(loadGraphMetadata({ path: DEFAULT_METADATA_PATH })).toBe(metadata);
  });

  it('says where it looked and that ../shared must sit beside the checkout when the file is missing', () => {
    const missing = path.join(tmpdir(), 'no-such-dir', 'graph-v1.0-metadata.xml');
    expect(() => loadGraphMetadata({ path: missing })).toThrow(missing);
    expect(() => loadGraphMetadata({ path: missing })).toThrow(/\.\.\/shared.*beside the checkout/);
  });
});

describe('type lookups', () => {
  it.each([
    ['microsoft.graph.event', true],
    ['#microsoft.graph.event', true],
    ['graph.plannerTask', true],
    ['microsoft.graph.onlineMeetingProviderType', true],
    ['microsoft.graph.callRecords.session', true],
    ['microsoft.graph.noSuchType', false],
  ])('isKnownType(%s) is %s', (typeName, known) => {
    expect(isKnownType(typeName)).toBe(known);
  });

  it('lists a type’s own, inherited and navigation property names', () => {
    const names = propertyNames(EVENT);
    expect(names).toEqual(expect.arrayContaining(['subject', 'attendees', 'transactionId']));
    expect(names).toEqual(expect.arrayContaining(['id', 'categories', 'changeKey']));
    expect(names).toEqual(expect.arrayContaining(['instances', 'calendar']));
  });

  it('treats an unknown type name as the emulator’s own bug (plain Error, not a 400)', () => {
    const run = () => metadata.validate('microsoft.graph.noSuchType', {});
    expect(run).toThrow(/defines no entity or complex type 'microsoft.graph.noSuchType'/);
    expect(run).not.toThrow(GraphHttpError);
    expect(() => propertyNames('microsoft.graph.sensitivity')).toThrow(/no entity or complex/);
  });
});

describe('event bodies', () => {
  it('accepts the full create-event body of Graph’s docs', () => {
    const body = fullEventBody();
    expect(metadata.validate(EVENT, body)).toEqual({
      ...body,
      // Graph stores enum members in their metadata spelling.
      body: { contentType: 'html', content: '<p>Agenda: NPS trend, churn drivers</p>' },
      recurrence: {
        pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'second' },
        range: { type: 'endDate', startDate: '2026-03-10', endDate: '2027-03-09' },
      },
    });
  });

  it('reads property names case-insensitively and returns them in the metadata’s spelling', () => {
    expect(
      metadata.validate(EVENT, {
        Subject: 'x',
        IsOnlineMeeting: 'true',
        OnlineMeetingProvider: 'TeamsForBusiness',
      }),
    ).toEqual({ subject: 'x', isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' });
  });

  it.each<[string, Record<string, unknown>, Rejection]>([
    ['an unknown property', { subjectt: 'x' }, unknownProperty('subjectt', EVENT)],
    [
      'a string for an Edm.Boolean',
      { isOnlineMeeting: 'yes' },
      bodyReadError("Cannot convert the literal 'yes' to the expected type 'Edm.Boolean'."),
    ],
    [
      'a number for an Edm.Boolean',
      { responseRequested: 1 },
      bodyReadError("Cannot convert the literal '1' to the expected type 'Edm.Boolean'."),
    ],
    [
      'a boolean for an Edm.String',
      { subject: true },
      bodyReadError("Cannot convert the literal 'True' to the expected type 'Edm.String'."),
    ],
    [
      'an object for an Edm.String',
      { subject: { text: 'x' } },
      bodyReadError(
        "An unexpected 'StartObject' node was found when reading from the JSON reader. A 'PrimitiveValue' node was expected.",
      ),
    ],
    [
      'a string for an Edm.Int32',
      { reminderMinutesBeforeStart: 'soon' },
      bodyReadError("Cannot convert the literal 'soon' to the expected type 'Edm.Int32'."),
    ],
    [
      'a fraction for an Edm.Int32',
      { reminderMinutesBeforeStart: 1.5 },
      bodyReadError("Cannot convert the literal '1.5' to the expected type 'Edm.Int32'."),
    ],
    [
      'an unknown enum member',
      { onlineMeetingProvider: 'zoom' },
      bodyReadError("Requested value 'zoom' was not found."),
    ],
    [
      'an unknown nested enum member',
      { recurrence: { pattern: { type: 'fortnightly', interval: 2 } } },
      bodyReadError("Requested value 'fortnightly' was not found."),
    ],
    [
      'a number for an enum',
      { sensitivity: 2 },
      bodyReadError(
        "Cannot read the value '2' for the property 'sensitivity' as a quoted JSON string value.",
      ),
    ],
    [
      'an object for a collection',
      { attendees: {} },
      bodyReadError(
        "An unexpected 'StartObject' node was found when reading from the JSON reader. A 'StartArray' node was expected.",
      ),
    ],
    [
      'a string for a collection',
      { categories: 'CX' },
      bodyReadError(
        "An unexpected 'PrimitiveValue' node was found when reading from the JSON reader. A 'StartArray' node was expected.",
      ),
    ],
    [
      'a string for a complex value',
      { body: 'hello' },
      bodyReadError(
        "The property with name 'body' was found with a value node of type 'PrimitiveValue'; however, a resource value of type 'microsoft.graph.itemBody' was expected.",
      ),
    ],
    [
      'an unknown property of a nested complex value',
      { start: { dateTime: '2026-03-10T16:00:00', tz: 'UTC' } },
      unknownProperty('tz', 'microsoft.graph.dateTimeTimeZone'),
    ],
    [
      'an unknown property inside a collection item',
      { attendees: [{ emailAddress: { adress: 'x@contoso.test' } }] },
      unknownProperty('adress', 'microsoft.graph.emailAddress'),
    ],
    [
      'an unknown attendee type',
      { attendees: [{ emailAddress: { address: 'x@contoso.test' }, type: 'mandatory' }] },
      bodyReadError("Requested value 'mandatory' was not found."),
    ],
    [
      'a DateTimeOffset without an offset',
      { originalStart: '2026-03-10T16:00:00' },
      bodyReadError(
        "Cannot convert the literal '2026-03-10T16:00:00' to the expected type 'Edm.DateTimeOffset'.",
      ),
    ],
    [
      'an impossible Edm.Date',
      { recurrence: { range: { type: 'noEnd', startDate: '2026-02-30' } } },
      bodyReadError("Cannot convert the literal '2026-02-30' to the expected type 'Edm.Date'."),
    ],
    [
      'null for a Nullable="false" collection',
      { cancelledOccurrences: null },
      bodyReadError(
        "A null value was found for the property named 'cancelledOccurrences', which has the expected type 'Collection(Edm.String)[Nullable=False]'. The expected type 'Collection(Edm.String)[Nullable=False]' does not allow null values.",
      ),
    ],
    [
      'a null item in a Nullable="false" collection',
      { cancelledOccurrences: ['x', null] },
      bodyReadError(
        "A null value was found with the expected type 'Edm.String[Nullable=False]'. The expected type 'Edm.String[Nullable=False]' does not allow null values.",
      ),
    ],
    [
      'null for a Nullable="false" Edm.Int32',
      { recurrence: { pattern: { type: 'daily', interval: null } } },
      bodyReadError(
        "A null value was found for the property named 'interval', which has the expected type 'Edm.Int32[Nullable=False]'. The expected type 'Edm.Int32[Nullable=False]' does not allow null values.",
      ),
    ],
  ])('rejects %s with Graph’s 400', (_case, body, expected) => {
    expect(rejectionOf(() => metadata.validate(EVENT, body))).toEqual(expected);
  });

  it('accepts null where the metadata allows it (PATCH clears the property)', () => {
    expect(
      metadata.validate(EVENT, { recurrence: null, location: null, categories: null }),
    ).toEqual({ recurrence: null, location: null, categories: null });
    expect(metadata.validate(EVENT, { categories: ['CX', null] })).toEqual({
      categories: ['CX', null],
    });
  });

  it('keeps instance and property annotations as sent', () => {
    const body = {
      '@odata.type': '#microsoft.graph.event',
      '@odata.etag': 'W/"abc"',
      'subject@odata.type': '#String',
      subject: 'x',
    };
    expect(metadata.validate(EVENT, body)).toEqual(body);
  });

  it('treats a name with a bare @ as an ordinary (unknown) property', () => {
    expect(rejectionOf(() => metadata.validate(EVENT, { 'sub@ject': 'x' }))).toEqual(
      unknownProperty('sub@ject', EVENT),
    );
  });
});

describe('request body shape', () => {
  it('answers 400 BadRequest "Empty Payload" when there is no body', () => {
    expect(rejectionOf(() => metadata.validate(EVENT, undefined))).toEqual({
      status: 400,
      code: 'BadRequest',
      message: 'Empty Payload. JSON content expected.',
    });
  });

  it.each<[string, unknown, string]>([
    ['an array', [], 'StartArray'],
    ['a string', 'subject', 'PrimitiveValue'],
    ['null', null, 'PrimitiveValue'],
  ])('rejects %s where an object is expected', (_case, body, node) => {
    expect(rejectionOf(() => metadata.validate(EVENT, body))).toEqual(
      bodyReadError(
        `An unexpected '${node}' node was found when reading from the JSON reader. A 'StartObject' node was expected.`,
      ),
    );
  });
});

describe('primitive literals', () => {
  it.each<[string, string, unknown, unknown]>([
    ['Edm.Boolean from a string', 'microsoft.graph.event|isAllDay', ' TRUE ', true],
    ['Edm.Int32 from a string', 'microsoft.graph.event|reminderMinutesBeforeStart', '30', 30],
    ['Edm.Int64', 'microsoft.graph.attachmentInfo|size', 1048576, 1048576],
    ['Edm.Int16', 'microsoft.graph.photo|orientation', 6, 6],
    ['Edm.Byte', 'microsoft.graph.rgbColor|r', 255, 255],
    ['Edm.Double from an integer', 'microsoft.graph.outlookGeoCoordinates|latitude', 47, 47],
    [
      'Edm.Double from a string',
      'microsoft.graph.outlookGeoCoordinates|longitude',
      '-122.1',
      -122.1,
    ],
    ['Edm.Double infinity', 'microsoft.graph.outlookGeoCoordinates|altitude', 'INF', 'INF'],
    ['Edm.Single', 'microsoft.graph.applicationRiskScore|compliance', 9.5, 9.5],
    ['Edm.Decimal', 'microsoft.graph.callRecords.pstnCallLogRow|charge', '0.25', 0.25],
    [
      'Edm.Guid',
      'microsoft.graph.assignedLicense|skuId',
      '6fd2c87f-b296-42f0-b197-1e91e994b900',
      '6fd2c87f-b296-42f0-b197-1e91e994b900',
    ],
    [
      'Edm.Guid in braces',
      'microsoft.graph.assignedLicense|skuId',
      '{6fd2c87f-b296-42f0-b197-1e91e994b900}',
      '{6fd2c87f-b296-42f0-b197-1e91e994b900}',
    ],
    [
      'Edm.DateTimeOffset in UTC',
      'microsoft.graph.plannerTask|dueDateTime',
      '2026-03-10T17:00:00Z',
      '2026-03-10T17:00:00Z',
    ],
    [
      'Edm.DateTimeOffset with an offset and 7 fraction digits',
      'microsoft.graph.plannerTask|startDateTime',
      '2026-03-10T17:00:00.1234567+05:30',
      '2026-03-10T17:00:00.1234567+05:30',
    ],
    [
      'Edm.DateTimeOffset without seconds',
      'microsoft.graph.plannerTask|startDateTime',
      '2026-03-10T17:00Z',
      '2026-03-10T17:00Z',
    ],
    [
      'Edm.Date in a leap year',
      'microsoft.graph.recurrenceRange|startDate',
      '2028-02-29',
      '2028-02-29',
    ],
    [
      'Edm.TimeOfDay',
      'microsoft.graph.workingHours|startTime',
      '08:00:00.0000000',
      '08:00:00.0000000',
    ],
    ['Edm.TimeOfDay without seconds', 'microsoft.graph.timeRange|endTime', '17:30', '17:30'],
    [
      'Edm.Duration',
      'microsoft.graph.accessReviewInactiveUsersQueryScope|inactiveDuration',
      'P30DT1H',
      'P30DT1H',
    ],
    ['Edm.Binary', 'microsoft.graph.fileAttachment|contentBytes', 'SGVsbG8=', 'SGVsbG8='],
    [
      'Edm.Untyped (any JSON)',
      'microsoft.graph.metaDataKeyValuePair|value',
      { any: [1] },
      { any: [1] },
    ],
  ])('accepts %s', (_case, target, value, stored) => {
    const [typeName = '', property = ''] = target.split('|');
    expect(metadata.validate(typeName, { [property]: value })).toEqual({ [property]: stored });
  });

  it.each<[string, string, unknown, string]>([
    [
      'an out-of-range Edm.Int32',
      'microsoft.graph.event|reminderMinutesBeforeStart',
      3000000000,
      'Edm.Int32',
    ],
    ['an out-of-range Edm.Byte', 'microsoft.graph.rgbColor|r', 256, 'Edm.Byte'],
    [
      'a boolean for an Edm.Double',
      'microsoft.graph.outlookGeoCoordinates|latitude',
      false,
      'Edm.Double',
    ],
    [
      'a word for an Edm.Decimal',
      'microsoft.graph.callRecords.pstnCallLogRow|charge',
      'INF',
      'Edm.Decimal',
    ],
    ['a malformed Edm.Guid', 'microsoft.graph.assignedLicense|skuId', '6fd2c87f-b296', 'Edm.Guid'],
    ['a number for an Edm.Guid', 'microsoft.graph.assignedLicense|skuId', 42, 'Edm.Guid'],
    [
      'a date for an Edm.DateTimeOffset',
      'microsoft.graph.plannerTask|dueDateTime',
      '2026-03-10',
      'Edm.DateTimeOffset',
    ],
    [
      'hour 24 in an Edm.DateTimeOffset',
      'microsoft.graph.plannerTask|dueDateTime',
      '2026-03-10T24:00:00Z',
      'Edm.DateTimeOffset',
    ],
    [
      'month 13 in an Edm.Date',
      'microsoft.graph.recurrenceRange|startDate',
      '2026-13-01',
      'Edm.Date',
    ],
    [
      'a date-time for an Edm.Date',
      'microsoft.graph.recurrenceRange|startDate',
      '2026-03-10T00:00:00Z',
      'Edm.Date',
    ],
    [
      'minute 60 in an Edm.TimeOfDay',
      'microsoft.graph.workingHours|startTime',
      '08:60:00',
      'Edm.TimeOfDay',
    ],
    [
      'an empty Edm.Duration',
      'microsoft.graph.accessReviewInactiveUsersQueryScope|inactiveDuration',
      'PT',
      'Edm.Duration',
    ],
    [
      'non-base64 Edm.Binary',
      'microsoft.graph.fileAttachment|contentBytes',
      'not base64!',
      'Edm.Binary',
    ],
  ])('rejects %s', (_case, target, value, edmType) => {
    const [typeName = '', property = ''] = target.split('|');
    const literal = typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);
    expect(rejectionOf(() => metadata.validate(typeName, { [property]: value }))).toEqual(
      bodyReadError(`Cannot convert the literal '${literal}' to the expected type '${edmType}'.`),
    );
  });

  it('rejects an array where a primitive is expected', () => {
    expect(rejectionOf(() => metadata.validate(EVENT, { subject: ['x'] }))).toEqual(
      bodyReadError(
        "An unexpected 'StartArray' node was found when reading from the JSON reader. A 'PrimitiveValue' node was expected.",
      ),
    );
  });
});

describe('enum values', () => {
  it.each<[string, string, unknown, unknown]>([
    ['members case-insensitively', 'microsoft.graph.event|showAs', 'OOF', 'oof'],
    ['a member’s numeric value', 'microsoft.graph.event|importance', '2', 'high'],
    [
      'a flags combination',
      'microsoft.graph.chatMessageHistoryItem|actions',
      'reactionAdded, ReactionRemoved',
      'reactionAdded,reactionRemoved',
    ],
    [
      'a collection of members',
      'microsoft.graph.recurrencePattern|daysOfWeek',
      ['Monday', 'friday'],
      ['monday', 'friday'],
    ],
  ])('accepts %s', (_case, target, value, stored) => {
    const [typeName = '', property = ''] = target.split('|');
    expect(metadata.validate(typeName, { [property]: value })).toEqual({ [property]: stored });
  });

  it.each<[string, string, unknown, string]>([
    ['a combination of a non-flags enum', 'microsoft.graph.event|showAs', 'busy,free', 'busy,free'],
    [
      'a flags combination with an unknown part',
      'microsoft.graph.chatMessageHistoryItem|actions',
      'reactionAdded,liked',
      'reactionAdded,liked',
    ],
    ['an empty string', 'microsoft.graph.event|showAs', '', ''],
  ])('rejects %s', (_case, target, value, quoted) => {
    const [typeName = '', property = ''] = target.split('|');
    expect(rejectionOf(() => metadata.validate(typeName, { [property]: value }))).toEqual(
      bodyReadError(`Requested value '${quoted}' was not found.`),
    );
  });

  it('rejects an object where an enum member is expected', () => {
    expect(rejectionOf(() => metadata.validate(EVENT, { showAs: { value: 'busy' } }))).toEqual(
      bodyReadError(
        "An unexpected 'StartObject' node was found when reading from the JSON reader. A 'PrimitiveValue' node was expected.",
      ),
    );
  });
});

describe('derived types chosen with @odata.type', () => {
  const memberBody = {
    '@odata.type': '#microsoft.graph.aadUserConversationMember',
    roles: ['owner'],
    'user@odata.bind': "https://graph.microsoft.com/v1.0/users('u-alex')",
  };

  it('accepts a chat whose members are aadUserConversationMembers (inline navigation)', () => {
    const body = { chatType: 'group', topic: 'CX Council', members: [memberBody] };
    expect(metadata.validate('microsoft.graph.chat', body)).toEqual(body);
  });

  it('accepts the derived type’s own properties on a body typed as its base', () => {
    const body = { '@odata.type': 'microsoft.graph.aadUserConversationMember', userId: 'u-alex' };
    expect(metadata.validate('microsoft.graph.conversationMember', body)).toEqual(body);
  });

  it('rejects the derived type’s properties without @odata.type', () => {
    expect(
      rejectionOf(() => metadata.validate('microsoft.graph.conversationMember', { userId: 'u' })),
    ).toEqual(unknownProperty('userId', 'microsoft.graph.conversationMember'));
  });

  it('rejects a type the model does not know', () => {
    const body = { members: [{ '@odata.type': '#microsoft.graph.slackMember' }] };
    expect(rejectionOf(() => metadata.validate('microsoft.graph.chat', body))).toEqual(
      bodyReadError(
        "A type named 'microsoft.graph.slackMember' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.",
      ),
    );
  });

  it('rejects a type that does not derive from the expected one', () => {
    const body = { members: [{ '@odata.type': '#microsoft.graph.event' }] };
    expect(rejectionOf(() => metadata.validate('microsoft.graph.chat', body))).toEqual(
      bodyReadError(
        "A resource with type 'microsoft.graph.event' was found, but it is not assignable to the expected type 'microsoft.graph.conversationMember'. The type specified in the resource must be equal to either the expected type or a derived type.",
      ),
    );
  });

  it('accepts an installed app body binding the catalog app', () => {
    const body = {
      '@odata.type': '#microsoft.graph.teamsAppInstallation',
      'teamsApp@odata.bind': 'https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/app-cx',
    };
    expect(metadata.validate('microsoft.graph.teamsAppInstallation', body)).toEqual(body);
  });

  it('accepts a chat tab binding its app, with its configuration', () => {
    const body = {
      displayName: 'CX Cadence',
      'teamsApp@odata.bind': 'https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/app-cx',
      configuration: {
        entityId: 'cadence',
        contentUrl: 'https://localhost:53000/tab',
        websiteUrl: 'https://localhost:53000',
        removeUrl: null,
      },
    };
    expect(metadata.validate('microsoft.graph.teamsTab', body)).toEqual(body);
  });

  it('accepts app-specific settings in a tab configuration (an open complex type)', () => {
    const body = { displayName: 'Wiki', configuration: { entityId: 'w', hasContent: false } };
    expect(metadata.validate('microsoft.graph.teamsTab', body)).toEqual(body);
  });
});

describe('open types and dictionaries', () => {
  it('accepts any column names in a list item’s fields (fieldValueSet is a property bag)', () => {
    const body = {
      fields: { Title: 'Churn review', Status: 'Open', Score: 42, Due: '2026-03-31', Done: false },
    };
    expect(metadata.validate('microsoft.graph.listItem', body)).toEqual(body);
  });

  it('still checks the declared properties around the fields', () => {
    expect(
      rejectionOf(() => metadata.validate('microsoft.graph.listItem', { feilds: { Title: 'x' } })),
    ).toEqual(unknownProperty('feilds', 'microsoft.graph.listItem'));
  });

  it('accepts a Planner task whose assignments are keyed by user id', () => {
    const body = {
      planId: 'plan-cx',
      bucketId: 'bucket-1',
      title: 'Draft the Q2 CX charter',
      assignments: {
        'u-alex': { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' },
        'u-blair': null,
      },
      appliedCategories: { category1: true, category3: false },
      dueDateTime: '2026-04-01T17:00:00Z',
      percentComplete: 50,
    };
    expect(metadata.validate('microsoft.graph.plannerTask', body)).toEqual(body);
  });

  it.each<[string, Record<string, unknown>, Rejection]>([
    [
      'an unknown property of an assignment',
      { assignments: { 'u-alex': { orderHnt: ' !' } } },
      unknownProperty('orderHnt', 'microsoft.graph.plannerAssignment'),
    ],
    [
      'an assignment that is not an object',
      { assignments: { 'u-alex': 'yes' } },
      bodyReadError(
        "The property with name 'u-alex' was found with a value node of type 'PrimitiveValue'; however, a resource value of type 'microsoft.graph.plannerAssignment' was expected.",
      ),
    ],
    [
      'a category that is not a boolean',
      { appliedCategories: { category1: 'on' } },
      bodyReadError("Cannot convert the literal 'on' to the expected type 'Edm.Boolean'."),
    ],
    [
      'a null title (Nullable="false")',
      { title: null },
      bodyReadError(
        "A null value was found for the property named 'title', which has the expected type 'Edm.String[Nullable=False]'. The expected type 'Edm.String[Nullable=False]' does not allow null values.",
      ),
    ],
    [
      'an unknown task property',
      { priorty: 5 },
      unknownProperty('priorty', 'microsoft.graph.plannerTask'),
    ],
  ])('rejects a Planner task with %s', (_case, body, expected) => {
    expect(rejectionOf(() => metadata.validate('microsoft.graph.plannerTask', body))).toEqual(
      expected,
    );
  });

  it('checks task details’ checklist items and references as their singular types', () => {
    const body = {
      checklist: {
        '95e27074-6c4a-447a-aa24-9d718a0b86fa': {
          '@odata.type': 'microsoft.graph.plannerChecklistItem',
          title: 'Collect NPS verbatims',
          isChecked: false,
        },
      },
      references: {
        'https%3A//contoso%2Esharepoint%2Ecom/charter%2Edocx': {
          '@odata.type': 'microsoft.graph.plannerExternalReference',
          alias: 'Charter',
          type: 'Word',
        },
      },
    };
    expect(metadata.validate('microsoft.graph.plannerTaskDetails', body)).toEqual(body);
    expect(
      rejectionOf(() =>
        metadata.validate('microsoft.graph.plannerTaskDetails', {
          checklist: { c1: { title: 'x', checked: true } },
        }),
      ),
    ).toEqual(unknownProperty('checked', 'microsoft.graph.plannerChecklistItem'));
  });

  it('accepts a chat message with mentions (identity is an open complex type)', () => {
    const body = {
      body: { contentType: 'html', content: 'Over to you, <at id="0">Blair Chen</at>' },
      mentions: [
        {
          id: 0,
          mentionText: 'Blair Chen',
          mentioned: {
            user: { displayName: 'Blair Chen', id: 'u-blair', userIdentityType: 'aadUser' },
          },
        },
      ],
    };
    expect(metadata.validate('microsoft.graph.chatMessage', body)).toEqual(body);
  });

  it('rejects a chat message without a body value (Nullable="false")', () => {
    expect(
      rejectionOf(() => metadata.validate('microsoft.graph.chatMessage', { body: null })),
    ).toEqual(
      bodyReadError(
        "A null value was found for the property named 'body', which has the expected type 'microsoft.graph.itemBody[Nullable=False]'. The expected type 'microsoft.graph.itemBody[Nullable=False]' does not allow null values.",
      ),
    );
  });

  it('accepts custom properties on an open extension', () => {
    const body = {
      '@odata.type': 'microsoft.graph.openTypeExtension',
      extensionName: 'com.contoso.cadence',
      cadenceId: 'monthly',
    };
    expect(metadata.validate('microsoft.graph.extension', body)).toEqual(body);
  });
});

describe('action parameters', () => {
  it('accepts a sendMail body and returns camelCase parameter names', () => {
    const body = {
      message: {
        subject: 'CX Council minutes',
        body: { contentType: 'Text', content: 'Minutes attached.' },
        toRecipients: [{ emailAddress: { address: 'blair@contoso.test' } }],
        ccRecipients: [{ emailAddress: { address: 'casey@contoso.test', name: 'Casey' } }],
      },
      saveToSentItems: 'false',
    };
    expect(validateActionParameters('sendMail', body)).toEqual({
      message: { ...body.message, body: { contentType: 'text', content: 'Minutes attached.' } },
      saveToSentItems: false,
    });
    expect(metadata.validateActionParameters('SendMail', { Message: { subject: 'x' } })).toEqual({
      message: { subject: 'x' },
    });
  });

  it('accepts a getSchedule body', () => {
    const body = {
      schedules: ['blair@contoso.test', 'casey@contoso.test'],
      startTime: { dateTime: '2026-03-09T08:00:00', timeZone: 'Pacific Standard Time' },
      endTime: { dateTime: '2026-03-13T18:00:00', timeZone: 'Pacific Standard Time' },
      availabilityViewInterval: 30,
    };
    expect(
      metadata.validateActionParameters('getSchedule', body, { bindingType: 'graph.calendar' }),
    ).toEqual(body);
  });

  it.each<[string, string, Record<string, unknown> | undefined, Rejection]>([
    [
      'an unknown parameter',
      'sendMail',
      { message: { subject: 'x' }, saveToSent: true },
      bodyReadError(
        "The parameter 'saveToSent' in the request payload is not a valid parameter for the operation 'sendMail'.",
      ),
    ],
    [
      'an unknown property of the message',
      'sendMail',
      { message: { subject: 'x', to: ['blair@contoso.test'] } },
      unknownProperty('to', 'microsoft.graph.message'),
    ],
    [
      'a message recipient that is not an array',
      'sendMail',
      { message: { toRecipients: { emailAddress: { address: 'x@contoso.test' } } } },
      bodyReadError(
        "An unexpected 'StartObject' node was found when reading from the JSON reader. A 'StartArray' node was expected.",
      ),
    ],
    [
      'a null message (Nullable="false")',
      'sendMail',
      { message: null },
      bodyReadError(
        "A null value was found for the property named 'Message', which has the expected type 'microsoft.graph.message[Nullable=False]'. The expected type 'microsoft.graph.message[Nullable=False]' does not allow null values.",
      ),
    ],
    [
      'schedules that are not an array',
      'getSchedule',
      { schedules: 'blair@contoso.test' },
      bodyReadError(
        "An unexpected 'PrimitiveValue' node was found when reading from the JSON reader. A 'StartArray' node was expected.",
      ),
    ],
    [
      'an interval that is not a number',
      'getSchedule',
      { availabilityViewInterval: 'half-hour' },
      bodyReadError("Cannot convert the literal 'half-hour' to the expected type 'Edm.Int32'."),
    ],
    [
      'no body',
      'sendMail',
      undefined,
      { status: 400, code: 'BadRequest', message: 'Empty Payload. JSON content expected.' },
    ],
  ])('rejects %s', (_case, action, body, expected) => {
    expect(rejectionOf(() => metadata.validateActionParameters(action, body))).toEqual(expected);
  });

  it('keeps annotations in an action body', () => {
    expect(
      metadata.validateActionParameters('sendMail', { '@odata.type': 'x.y', message: {} }),
    ).toEqual({ '@odata.type': 'x.y', message: {} });
  });

  it('treats an unknown action or binding as the emulator’s own bug', () => {
    expect(() => metadata.validateActionParameters('sendFax', {})).toThrow(
      /defines no action 'sendFax'/,
    );
    expect(() =>
      metadata.validateActionParameters('sendMail', {}, { bindingType: 'microsoft.graph.group' }),
    ).toThrow(/no action 'sendMail' bound to 'microsoft.graph.group'/);
  });
});

describe('module-level helpers', () => {
  it('validate with the default metadata', () => {
    expect(validateBody(EVENT, { subject: 'x' })).toEqual({ subject: 'x' });
  });
});

describe('other metadata documents', () => {
  let directory: string;

  /** A tiny CSDL document exercising what Graph's file happens not to. */
  const csdl = `<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="contoso.cadence" Alias="cad" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EnumType Name="tone"><Member Name="calm" /><Member Name="urgent" /></EnumType>
      <ComplexType Name="note">
        <Annotation Term="Org.OData.Core.V1.Description"><String>A note</String></Annotation>
        <Property Name="text" Type="Edm.String" />
        <Property Name="extra" Type="cad.undeclared" />
        <Property Name="weird" Type="Edm.Fancy" />
        <Property Name="local" Type="undotted" />
      </ComplexType>
      <EnumType Name="nothing" />
      <ComplexType Name="bag" OpenType="true" />
      <ComplexType Name="widgets" OpenType="true" />
      <EntityType Name="widget"><NavigationProperty Name="tickets" Type="Collection(cad.ticket)" /></EntityType>
      <EntityType Name="ticket">
        <Key><PropertyRef Name="id" /></Key>
        <Property Name="id" Type="Edm.String" Nullable="false" />
        <Property Name="tone" Type="cad.tone" />
        <Property Name="note" Type="cad.note" />
        <Property Name="bag" Type="cad.bag" />
        <Property Name="widgets" Type="cad.widgets" />
      </EntityType>
      <Action Name="close" IsBound="true">
        <Parameter Name="bindingParameter" Type="cad.ticket" />
        <Parameter Name="Reason" Type="Edm.String" />
      </Action>
      <Action Name="close" IsBound="true">
        <Parameter Name="bindingParameter" Type="Collection(cad.ticket)" />
        <Parameter Name="Reasons" Type="Collection(Edm.String)" />
      </Action>
      <Action Name="close"><Parameter Name="All" Type="Edm.Boolean" /></Action>
      <Action Name="ping"><Parameter Name="Message" Type="Edm.String" /></Action>
      <Function Name="count"><ReturnType Type="Edm.Int32" /></Function>
      <EntityContainer Name="Service"><EntitySet Name="tickets" EntityType="cad.ticket" /></EntityContainer>
      <Annotations Target="cad.ticket"><Annotation Term="Org.OData.Core.V1.Description" String="x" /></Annotations>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>`;

  beforeAll(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'graph-metadata-'));
    writeFileSync(path.join(directory, 'cadence.xml'), csdl);
    writeFileSync(path.join(directory, 'empty.xml'), '<root />');
  });

  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('parses another CSDL document given its path, resolving schema aliases', () => {
    const model = loadGraphMetadata({ path: path.join(directory, 'cadence.xml') });
    expect(model).not.toBe(metadata);
    expect(model.isKnownType('cad.ticket')).toBe(true);
    expect(model.isKnownType('ticket')).toBe(false);
    expect(model.propertyNames('contoso.cadence.ticket')).toEqual([
      'id',
      'tone',
      'note',
      'bag',
      'widgets',
    ]);
    expect(model.propertyNames('cad.widget')).toEqual(['tickets']);
    expect(
      model.validate('contoso.cadence.ticket', {
        tone: 'URGENT',
        note: { text: 'x', extra: { anything: 1 }, weird: 'kept as sent' },
      }),
    ).toEqual({
      tone: 'urgent',
      note: { text: 'x', extra: { anything: 1 }, weird: 'kept as sent' },
    });
  });

  it('numbers enum members without a Value by their position', () => {
    const model = loadGraphMetadata({ path: path.join(directory, 'cadence.xml') });
    expect(model.validate('cad.ticket', { tone: '1' })).toEqual({ tone: 'urgent' });
  });

  it('needs a binding type to choose between overloads of an action', () => {
    const model = loadGraphMetadata({ path: path.join(directory, 'cadence.xml') });
    expect(() => model.validateActionParameters('close', { reason: 'done' })).toThrow(
      'overloads (contoso.cadence.ticket, Collection(contoso.cadence.ticket), unbound)',
    );
    expect(
      model.validateActionParameters('close', { reason: 'done' }, { bindingType: 'cad.ticket' }),
    ).toEqual({ reason: 'done' });
    expect(
      model.validateActionParameters(
        'close',
        { reasons: ['done'] },
        { bindingType: 'Collection(cad.ticket)' },
      ),
    ).toEqual({ reasons: ['done'] });
    expect(model.validateActionParameters('PING', { message: 'hi' })).toEqual({ message: 'hi' });
  });

  it('refuses a file that is not a CSDL document', () => {
    expect(() => loadGraphMetadata({ path: path.join(directory, 'empty.xml') })).toThrow(
      /no <Schema> element/,
    );
  });
});
