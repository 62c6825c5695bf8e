import {
  agesServed,
  DEFAULT_RADIUS_MILES,
  insurers,
  MAX_FEE,
  therapistGenders,
  therapistLanguages,
  type DirectorySearchParams,
} from '@haven/schemas'

type Option = { value: string; label: string }

const radii = [5, 10, 25, 50, 100]

function Select({
  name,
  label,
  value,
  options,
  anyLabel,
}: {
  name: string
  label: string
  value: string | undefined
  options: Option[]
  anyLabel: string
}) {
  return (
    <div className="directory-form__field">
      <label htmlFor={`directory-${name}`}>{label}</label>
      <select id={`directory-${name}`} name={name} defaultValue={value ?? ''}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

function Checkbox({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div className="directory-form__check">
      <input id={`directory-${name}`} type="checkbox" name={name} value="1" defaultChecked={checked} />
      <label htmlFor={`directory-${name}`}>{label}</label>
    </div>
  )
}

const labelled = (map: Record<string, string>): Option[] =>
  Object.entries(map).map(([value, label]) => ({ value, label }))
const plain = (values: readonly string[]): Option[] => values.map((value) => ({ value, label: value }))

/**
 * The directory's search form: a plain GET form to `/directory`, so it works without JavaScript and
 * every filter set has its own address (the query string the CMS's search reads).
 */
export function DirectorySearchForm({
  params,
  issues,
  approaches,
}: {
  params: Partial<DirectorySearchParams>
  issues: Option[]
  approaches: Option[]
}) {
  return (
    <form
      role="search"
      action="/directory"
      method="get"
      className="directory-form"
      aria-label="Find a therapist"
    >
      <div className="directory-form__field directory-form__location">
        <label htmlFor="directory-location">ZIP code, city or state</label>
        <input
          id="directory-location"
          name="location"
          defaultValue={params.location ?? ''}
          maxLength={80}
          autoComplete="postal-code"
          aria-describedby="directory-location-hint"
        />
        <p id="directory-location-hint" className="directory-form__hint">
          e.g. 10001, Austin, TX or Oregon
        </p>
      </div>
      <Select
        name="radius"
        label="Within"
        value={params.radius === undefined ? undefined : String(params.radius)}
        anyLabel={`${DEFAULT_RADIUS_MILES} miles of a ZIP code`}
        options={radii
          .filter((r) => r !== DEFAULT_RADIUS_MILES)
          .map((r) => ({ value: String(r), label: `${r} miles` }))}
      />
      <Select name="issue" label="Issue" value={params.issue} anyLabel="Any issue" options={issues} />
      <Select
        name="approach"
        label="Approach"
        value={params.approach}
        anyLabel="Any approach"
        options={approaches}
      />
      <Select
        name="insurance"
        label="Insurance"
        value={params.insurance}
        anyLabel="Any or none"
        options={plain(insurers)}
      />
      <div className="directory-form__field">
        <label htmlFor="directory-maxFee">Most I can pay per session ($)</label>
        <input
          id="directory-maxFee"
          name="maxFee"
          type="number"
          min={0}
          max={MAX_FEE}
          step={5}
          inputMode="numeric"
          defaultValue={params.maxFee ?? ''}
        />
      </div>
      <Select
        name="language"
        label="Language"
        value={params.language}
        anyLabel="Any language"
        options={plain(therapistLanguages)}
      />
      <Select
        name="gender"
        label="Therapist’s gender"
        value={params.gender}
        anyLabel="Any"
        options={labelled(therapistGenders)}
      />
      <Select
        name="age"
        label="Age of the client"
        value={params.age}
        anyLabel="Any age"
        options={labelled(agesServed)}
      />
      <fieldset className="directory-form__checks">
        <legend>Only show</legend>
        <Checkbox name="online" label="Online sessions (video or phone)" checked={Boolean(params.online)} />
        <Checkbox name="slidingScale" label="Sliding-scale fees" checked={Boolean(params.slidingScale)} />
        <Checkbox
          name="accepting"
          label="Accepting new clients (confirmed this month)"
          checked={Boolean(params.accepting)}
        />
      </fieldset>
      <button type="submit">Search</button>
    </form>
  )
}
